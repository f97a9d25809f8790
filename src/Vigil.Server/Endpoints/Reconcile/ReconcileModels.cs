using System.Text.Json.Serialization;

namespace Vigil.Server.Endpoints.Reconcile;

/// <summary>A reconciliation type: id and name.</summary>
internal sealed record ReconcileType(string Id, string Name);

/// <summary>A matching feature of a candidate: the feature's id and its effect on the score.</summary>
internal sealed record ReconcileFeature(string Id, double Value);

/// <summary>A reconciliation candidate: id (<c>SOURCE:ID</c>), primary name, a description, types, score (0-100), the
/// service's match decision (score at or above the alert threshold) and the features behind the score.</summary>
internal sealed record ReconcileCandidate(string Id, string Name, string Description, IReadOnlyList<ReconcileType> Type, double Score, bool Match, IReadOnlyList<ReconcileFeature> Features);

/// <summary>The candidates of one query, best first.</summary>
internal sealed record ReconcileResult(IReadOnlyList<ReconcileCandidate> Result);

/// <summary>The service manifest (Reconciliation Service API 0.2).</summary>
internal sealed record ReconcileManifest(
    IReadOnlyList<string> Versions, string Name, [property: JsonPropertyName("identifierSpace")] string IdentifierSpace,
    [property: JsonPropertyName("schemaSpace")] string SchemaSpace, [property: JsonPropertyName("defaultTypes")] IReadOnlyList<ReconcileType> DefaultTypes,
    string Documentation, [property: JsonPropertyName("serviceVersion")] string ServiceVersion, ReconcileTemplate View, ReconcilePreviewMetadata Preview,
    [property: JsonPropertyName("batchSize")] int BatchSize,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReconcileAuthentication? Authentication);

/// <summary>A URL template holding <c>{{id}}</c>.</summary>
internal sealed record ReconcileTemplate(string Url);

/// <summary>Where previews are and the size of the frame they are shown in.</summary>
internal sealed record ReconcilePreviewMetadata(string Url, int Width, int Height);

/// <summary>The security scheme (OpenAPI 2 apiKey): the key goes in the Authorization header as <c>Bearer KEY</c>.</summary>
internal sealed record ReconcileAuthentication(string Type, string Name, string In, string Description);
