using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Contracts;
using Vigil.Server.Contracts;
using Vigil.Server.Http;
using Vigil.Workflows;
using Vigil.Workflows.Alerts;
using Vigil.Workflows.Keys;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /alerts</c>, <c>GET /alerts/{id}</c>, <c>POST /alerts/{id}/decision</c>: the alerts of the customer register
/// and the reviewers' decisions (as <c>vigil alerts</c>). The workflow audits every decision.</summary>
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
            .WithSummary("Alerts in id order, optionally of one state and one customer")
            .WithDescription("state: open, true_match, false_positive, escalated or closed (hyphens accepted); customer: a customer id. " +
                             $"limit (1-{MaxLimit}, default {DefaultLimit}); truncated=true says more match.");
        api.MapGet("/alerts/{id}", Get)
            .WithName("Alert")
            .WithSummary("One alert with its explanation and its history of decisions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/alerts/{id}/decision", Decide)
            .WithName("DecideAlert")
            .WithSummary("Decide an alert: false_positive, true_match or escalated (hyphens accepted), with a reason")
            .WithDescription("The reviewer is the API key's name ('local' with --no-auth). A false positive is re-applied to later " +
                             "screenings of the same customer against the same entry until either changes in a field that matters.")
            .Accepts<DecisionRequest>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

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
        catch (VigilException ex)
        {
            return Problems.NotFound($"id: {ex.Message}");
        }
        return TypedResults.Ok(Detail(detail));
    }

    private static async Task<Results<Ok<AlertResult>, ValidationProblem, ProblemHttpResult>> Decide(
        HttpRequest request, AlertService alerts, ApiKeys keys, ServerSettings settings, string id, CancellationToken cancel)
    {
        if (!TryId(id, out var alertId)) return Problems.Field("id", $"'{id}' is not an alert id (a positive whole number)");
        var (body, bodyError) = await JsonBody.ReadAsync<DecisionRequest>(request,
            "a JSON object {\"as\": \"false_positive|true_match|escalated\", \"reason\": string}", cancel);
        if (bodyError is not null) return bodyError;

        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(body!.As)) errors.Add(("as", "empty; send false_positive, true_match or escalated"));
        else if (!TryState(body.As, out var state, out var error)) errors.Add(("as", error!));
        else if (state is "open" or "closed") errors.Add(("as", $"'{body.As}' is not a decision; send false_positive, true_match or escalated"));
        if (string.IsNullOrWhiteSpace(body.Reason)) errors.Add(("reason", "empty; a decision needs a reason"));
        if (errors.Count > 0) return Problems.Fields(errors);

        var reviewer = settings.NoAuth ? LocalReviewer : keys.NameOf(Bearer(request));
        if (reviewer is null)
            return TypedResults.Problem(detail: "Authorization: the key is not live", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

        try
        {
            alerts.Get(alertId);
        }
        catch (VigilException ex)
        {
            return Problems.NotFound($"id: {ex.Message}");
        }
        try
        {
            return TypedResults.Ok(Detail(alerts.Decide(alertId, body.As!, reviewer, body.Reason!)));
        }
        catch (VigilException ex)
        {
            // The alert exists (checked above), so what is left is a closed alert.
            return TypedResults.Problem(detail: $"id: {ex.Message}", statusCode: StatusCodes.Status409Conflict, title: "Conflict");
        }
    }

    /// <summary>The document <c>vigil alerts show</c> prints.</summary>
    private static AlertResult Detail(AlertDetail detail) => AlertResult.From(detail.Alert, detail.Decisions);

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

    private static string Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "";
    }
}
