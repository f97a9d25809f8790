using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Vigil.Server.Endpoints.Yente;

/// <summary>yente's wire conventions: snake_case field names, nulls written (<c>"first_seen": null</c>), errors as
/// <c>{"detail": "..."}</c> (400/404/503) or FastAPI's validation list (422).</summary>
internal static class YenteJson
{
    /// <summary>The serializer options of every yente and reconciliation answer.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        TypeInfoResolver = YenteJsonContext.Default,
    };

    /// <summary>An answer in yente's JSON.</summary>
    public static JsonHttpResult<T> Ok<T>(T value) => TypedResults.Json(value, Options);

    /// <summary>An error as FastAPI's <c>HTTPException</c> writes it: <c>{"detail": "..."}</c>.</summary>
    public static JsonHttpResult<YenteError> Error(int status, string detail) => TypedResults.Json(new YenteError(detail), Options, statusCode: status);

    /// <summary>422 as FastAPI answers a query or body value its declaration refuses.</summary>
    public static JsonHttpResult<YenteValidation> Invalid(string type, string[] location, string message, string? input) =>
        TypedResults.Json(new YenteValidation([new YenteValidationItem(type, location, message, input)]), Options,
            statusCode: StatusCodes.Status422UnprocessableEntity);
}

/// <summary>FastAPI's error body.</summary>
internal sealed record YenteError(string Detail);

/// <summary>FastAPI's validation error body: a list of what was refused where.</summary>
internal sealed record YenteValidation(IReadOnlyList<YenteValidationItem> Detail);

/// <summary>One refused value: pydantic's error type, its location (<c>["query", "limit"]</c>), the message and the input.</summary>
internal sealed record YenteValidationItem(string Type, IReadOnlyList<string> Loc, string Msg, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Input);
