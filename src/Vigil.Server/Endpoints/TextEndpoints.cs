using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Core.FreeText;
using Vigil.Contracts;
using Vigil.Server.Contracts;
using Vigil.Server.Auth;
using Vigil.Server.Http;
using Vigil.Server.Text;
using Vigil.Workflows;
using Vigil.Workflows.Audit;
using Vigil.Workflows.Screening;
using Vigil.Workflows.Text;

namespace Vigil.Server.Endpoints;

/// <summary><c>POST /screen/text</c>: mentions of listed parties in prose or a payment message (as <c>vigil text</c>).</summary>
public static class TextEndpoints
{
    private const string BodyShape = "a JSON object {\"text\": string, \"format\"?: \"auto|text|mt103|pacs008\", \"min_score\"?: number, \"explain\"?: boolean, \"lists\"?: \"ofac-sdn,un\"}";

    public static RouteGroupBuilder MapText(this RouteGroupBuilder api)
    {
        api.MapPost("/screen/text", Screen)
            .WithName("ScreenText")
            .RequireRole(KeyRoles.Screener)
            .WithSummary("Mentions of listed parties in a text, an MT103 or a pacs.008 message")
            .WithDescription("format: auto (default), text, mt103 or pacs008. Each mention has UTF-16 start/end offsets into text, the exact " +
                             "words, source, source_id, the listed name and score; field names the message field for a payment message. " +
                             "min_score (0-1, default the alert threshold); explain=true adds the rule and explanation. A malformed " +
                             $"message gets 400 naming the field or line. Body at most {Limits.MaxBodyBytes / (1024 * 1024)} MiB; text at most " +
                             $"{ScreenText.MaxTextLength:N0} characters (longer: 400). A text that outlasts the server's request budget (default 10 s) gets 503. " +
                             "The body's lists field (or the lists query parameter): " + ListsParameter.Description)
            .Accepts<TextRequest>("application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<Results<Ok<TextResult>, ValidationProblem, ProblemHttpResult>> Screen(
        HttpRequest request, LiveIndex index, TextScreeners screeners, ServerSettings settings, ScreeningRecorder recorder, string? lists, CancellationToken cancel)
    {
        var (body, bodyError) = await JsonBody.ReadAsync<TextRequest>(request, BodyShape, cancel);
        if (bodyError is not null) return bodyError;

        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(body!.Text)) errors.Add(("text", "empty; send the text to screen"));
        else if (ScreenText.LengthError(body.Text) is { } tooLong) errors.Add(("text", tooLong));
        if (!TryParseFormat(body.Format, out var format))
            errors.Add(("format", $"'{body.Format}' is not auto, text, mt103 or pacs008"));
        if (body.MinScore is { } s && (double.IsNaN(s) || s < 0 || s > 1)) errors.Add(("min_score", $"{s} is not a score from 0 to 1"));
        if (!ListsParameter.TryParse(body.Lists ?? lists, out var selection, out var listsError)) errors.Add(("lists", listsError!));
        if (errors.Count > 0) return Problems.Fields(errors);

        if (index.Current is not { } snapshot) return Problems.NotReady(index.LastError);
        if (ListsParameter.Select(snapshot, selection, out var screener, out var key) is { } notActive) return notActive;
        var explain = body.Explain ?? false;
        var read = format == TextFormat.Auto ? ScreenText.Detect(body.Text!) : format;
        IReadOnlyList<TextHit> hits;
        using var budget = new RequestBudget(settings.RequestBudget, cancel);
        try
        {
            hits = ScreenText.Run(screeners.For(snapshot, screener), body.Text!, read, new FreeTextOptions(body.MinScore, explain), budget.Token);
        }
        catch (OperationCanceledException) when (budget.Spent)
        {
            return budget.Problem();
        }
        catch (VigilException ex)
        {
            // The parser's message names the message line or field at fault.
            return Problems.Field("text", ex.Message);
        }
        var threshold = ScreeningProofs.Threshold(snapshot);
        ScreeningProofs.Record(request.HttpContext, recorder, "api.text", snapshot,
            [new ScreenedItem(null, body.Text!, hits.Count, hits.Count(h => h.Mention.Hit.Score >= threshold))]);
        return TypedResults.Ok(new TextResult(key, read.ToString().ToLowerInvariant(), [.. hits.Select(h => Mention.From(h.Mention, h.Field, explain))]));
    }

    private static bool TryParseFormat(string? text, out TextFormat format)
    {
        format = (text ?? "auto").Trim().ToLowerInvariant() switch
        {
            "" or "auto" => TextFormat.Auto,
            "text" or "txt" => TextFormat.Text,
            "mt103" or "mt" => TextFormat.Mt103,
            "pacs008" or "pacs.008" => TextFormat.Pacs008,
            _ => (TextFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
