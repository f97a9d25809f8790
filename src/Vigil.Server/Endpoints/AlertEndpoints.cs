using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Contracts;
using Vigil.Server.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Http;
using Vigil.Workflows;
using Vigil.Workflows.Alerts;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /alerts</c>, <c>GET /alerts/{id}</c>, <c>POST /alerts/{id}/decision</c>, and under four-eyes review
/// <c>GET /approvals</c>, <c>POST /alerts/{id}/approve|reject</c>: the alerts of the customer register and the reviewers'
/// decisions (as <c>vigil alerts</c>), all for the analyst role. The workflow audits every decision, proposal and review.</summary>
public static class AlertEndpoints
{
    /// <summary>Alerts per page when no <c>limit</c> is given.</summary>
    public const int DefaultLimit = 200;

    /// <summary>Most alerts one <c>GET /alerts</c> answers.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Who decides under <c>--no-auth</c>.</summary>
    public const string LocalReviewer = "local";

    public static RouteGroupBuilder MapAlerts(this RouteGroupBuilder api)
    {
        api.MapGet("/alerts", List)
            .WithName("Alerts")
            .RequireRole(KeyRoles.Analyst)
            .WithSummary("Alerts in id order, optionally of one state and one customer")
            .WithDescription("state: open, true_match, false_positive, escalated or closed (hyphens accepted); customer: a customer id. " +
                             $"limit (1-{MaxLimit}, default {DefaultLimit}); truncated=true says more match.");
        api.MapGet("/alerts/{id}", Get)
            .WithName("Alert")
            .RequireRole(KeyRoles.Analyst)
            .WithSummary("One alert with its explanation and its history of decisions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/alerts/{id}/decision", Decide)
            .WithName("DecideAlert")
            .RequireRole(KeyRoles.Analyst)
            .WithSummary("Decide an alert: false_positive, true_match or escalated (hyphens accepted), with a reason")
            .WithDescription("The reviewer is the API key's name ('local' with --no-auth). A false positive is re-applied to later " +
                             "screenings of the same customer against the same entry until either changes in a field that matters. " +
                             "With four-eyes review (alerts.four_eyes in vigil.json) a false_positive or true_match is only proposed: " +
                             "the answer is 202 with pending_approval, and another analyst approves or rejects it. With expected_state " +
                             "(the state the reviewer saw), a decision on an alert decided meanwhile, by anyone on any node, is refused " +
                             "with 409 and current_state; without it the decision applies to whatever state the alert is in.")
            .Produces<AlertResult>(StatusCodes.Status202Accepted)
            .Accepts<DecisionRequest>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/approvals", Approvals)
            .WithName("Approvals")
            .RequireRole(KeyRoles.Analyst)
            .WithSummary("Closing decisions proposed under four-eyes review and waiting for a second analyst, oldest first");
        api.MapPost("/alerts/{id}/approve", Approve)
            .WithName("ApproveDecision")
            .RequireRole(KeyRoles.Analyst)
            .WithSummary("Approve the decision proposed on an alert: it is applied, naming the proposer and the approver")
            .WithDescription("Body {\"reason\": string}. The proposer cannot approve their own proposal (403).")
            .Accepts<ReviewRequest>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/alerts/{id}/reject", Reject)
            .WithName("RejectDecision")
            .RequireRole(KeyRoles.Analyst)
            .WithSummary("Reject the decision proposed on an alert: the alert stays as it was")
            .WithDescription("Body {\"reason\": string}. The proposer cannot reject their own proposal (403).")
            .Accepts<ReviewRequest>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static Ok<Approval[]> Approvals(AlertService alerts) =>
        TypedResults.Ok(alerts.Pending().ToArray());

    private static Task<Results<Ok<AlertResult>, ValidationProblem, ProblemHttpResult>> Approve(
        HttpRequest request, HttpContext context, AlertService alerts, string id, CancellationToken cancel) =>
        Review(request, context, alerts, id, approve: true, cancel);

    private static Task<Results<Ok<AlertResult>, ValidationProblem, ProblemHttpResult>> Reject(
        HttpRequest request, HttpContext context, AlertService alerts, string id, CancellationToken cancel) =>
        Review(request, context, alerts, id, approve: false, cancel);

    private static async Task<Results<Ok<AlertResult>, ValidationProblem, ProblemHttpResult>> Review(
        HttpRequest request, HttpContext context, AlertService alerts, string id, bool approve, CancellationToken cancel)
    {
        if (!TryId(id, out var alertId)) return Problems.Field("id", $"'{id}' is not an alert id (a positive whole number)");
        var (body, bodyError) = await JsonBody.ReadAsync<ReviewRequest>(request, "a JSON object {\"reason\": string}", cancel);
        if (bodyError is not null) return bodyError;
        if (string.IsNullOrWhiteSpace(body!.Reason)) return Problems.Field("reason", $"empty; {(approve ? "an approval" : "a rejection")} needs a reason");

        AlertDetail current;
        try
        {
            current = alerts.Get(alertId);
        }
        catch (VigilException ex) when (!StoreOutage.Is(ex))
        {
            return Problems.NotFound($"id: {ex.Message}");
        }
        if (current.Pending is null)
            return Problems.NotFound($"id: alert {alertId} has no decision waiting for approval (see GET /api/v1/approvals)");
        try
        {
            return TypedResults.Ok(Detail(alerts.Review(alertId, approve, Reviewer(context), body.Reason!)));
        }
        catch (VigilException ex) when (AlertService.IsSelfReview(ex))
        {
            return TypedResults.Problem(detail: $"four-eyes: {ex.Message}", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }
        catch (VigilException ex) when (!StoreOutage.Is(ex))
        {
            return TypedResults.Problem(detail: $"id: {ex.Message}", statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
    }

    /// <summary>The key's name (<c>local</c> with --no-auth): who decides.</summary>
    private static string Reviewer(HttpContext context) => context.User.Identity?.Name ?? LocalReviewer;

    private static Results<Ok<AlertPage>, ValidationProblem> List(AlertService alerts, string? state, string? customer, string? limit)
    {
        var values = new QueryValues();
        var max = values.Int("limit", limit, DefaultLimit, 1, MaxLimit);
        if (!string.IsNullOrWhiteSpace(state) && !TryState(state, out _, out var error)) values.Errors.Add(("state", error!));
        if (values.Errors.Count > 0) return Problems.Fields(values.Errors);

        var found = alerts.List(string.IsNullOrWhiteSpace(state) ? null : state, string.IsNullOrWhiteSpace(customer) ? null : customer.Trim(), max + 1);
        return TypedResults.Ok(new AlertPage([.. found.Take(max).Select(Alert.From)], max, found.Count > max));
    }

    private static Results<Ok<AlertResult>, ValidationProblem, ProblemHttpResult> Get(AlertService alerts, string id)
    {
        if (!TryId(id, out var alertId)) return Problems.Field("id", $"'{id}' is not an alert id (a positive whole number)");
        AlertDetail detail;
        try
        {
            detail = alerts.Get(alertId);
        }
        catch (VigilException ex) when (!StoreOutage.Is(ex))
        {
            return Problems.NotFound($"id: {ex.Message}");
        }
        return TypedResults.Ok(Detail(detail));
    }

    private static async Task<Results<Ok<AlertResult>, Accepted<AlertResult>, ValidationProblem, ProblemHttpResult>> Decide(
        HttpRequest request, HttpContext context, AlertService alerts, string id, CancellationToken cancel)
    {
        if (!TryId(id, out var alertId)) return Problems.Field("id", $"'{id}' is not an alert id (a positive whole number)");
        var (body, bodyError) = await JsonBody.ReadAsync<DecisionRequest>(request,
            "a JSON object {\"as\": \"false_positive|true_match|escalated\", \"reason\": string, \"expected_state\": optional state}", cancel);
        if (bodyError is not null) return bodyError;

        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(body!.As)) errors.Add(("as", "empty; send false_positive, true_match or escalated"));
        else if (!TryState(body.As, out var state, out var error)) errors.Add(("as", error!));
        else if (state is "open" or "closed") errors.Add(("as", $"'{body.As}' is not a decision; send false_positive, true_match or escalated"));
        if (string.IsNullOrWhiteSpace(body.Reason)) errors.Add(("reason", "empty; a decision needs a reason"));
        if (body.ExpectedState is not null && !TryState(body.ExpectedState, out _, out var expectedError)) errors.Add(("expected_state", expectedError!));
        if (errors.Count > 0) return Problems.Fields(errors);

        var reviewer = Reviewer(context);

        try
        {
            alerts.Get(alertId);
        }
        catch (VigilException ex) when (!StoreOutage.Is(ex))
        {
            return Problems.NotFound($"id: {ex.Message}");
        }
        try
        {
            var decided = alerts.Decide(alertId, body.As!, reviewer, body.Reason!, body.ExpectedState);
            // Four-eyes review: a proposal is accepted for a second analyst, not applied.
            if (decided.Pending is not null) return TypedResults.Accepted($"/api/v1/approvals", Detail(decided));
            return TypedResults.Ok(Detail(decided));
        }
        catch (VigilException ex) when (AlertService.ConflictState(ex) is { } now)
        {
            // Another reviewer decided first: say what the alert is now, so the client can reload and decide again.
            return TypedResults.Problem(detail: $"expected_state: {ex.Message}", statusCode: StatusCodes.Status409Conflict, title: "Conflict",
                extensions: new Dictionary<string, object?> { ["current_state"] = now });
        }
        catch (VigilException ex) when (!StoreOutage.Is(ex))
        {
            // The alert exists (checked above), so what is left is a closed alert or one with a pending proposal.
            return TypedResults.Problem(detail: $"id: {ex.Message}", statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
    }

    /// <summary>The document <c>vigil alerts show</c> prints.</summary>
    private static AlertResult Detail(AlertDetail detail) =>
        AlertResult.From(detail.Alert, detail.Decisions, detail.Pending);

    private static bool TryState(string text, out string? state, out string? error)
    {
        try
        {
            state = AlertService.StateName(text);
            error = null;
            return true;
        }
        catch (VigilException ex)
        {
            state = null;
            error = ex.Message;
            return false;
        }
    }

    private static bool TryId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
