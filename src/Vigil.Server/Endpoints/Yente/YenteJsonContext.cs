using System.Text.Json.Serialization;
using Vigil.Server.Endpoints.Reconcile;

namespace Vigil.Server.Endpoints.Yente;

/// <summary>The yente and reconciliation wire shapes, serialized by source-generated code (no reflection per answer).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(YenteMatchResponse))]
[JsonSerializable(typeof(YenteSearchResponse))]
[JsonSerializable(typeof(FtmEntity))]
[JsonSerializable(typeof(YenteAlgorithmResponse))]
[JsonSerializable(typeof(YenteCatalog))]
[JsonSerializable(typeof(YenteStatus))]
[JsonSerializable(typeof(YenteError))]
[JsonSerializable(typeof(YenteValidation))]
[JsonSerializable(typeof(ReconcileManifest))]
[JsonSerializable(typeof(Dictionary<string, ReconcileResult>))]
internal sealed partial class YenteJsonContext : JsonSerializerContext;
