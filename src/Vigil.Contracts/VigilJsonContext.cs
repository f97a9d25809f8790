using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Contracts;

/// <summary>The one source-generated JSON context for every wire shape: snake_case names, enum values already snake_case
/// strings (<see cref="Wire.Name{T}"/>), nulls left out unless a property says otherwise.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SearchResult))]
[JsonSerializable(typeof(ScreeningRecord))]
[JsonSerializable(typeof(ScreenResult))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(TextResult))]
[JsonSerializable(typeof(CompareScore))]
[JsonSerializable(typeof(CompareResult))]
[JsonSerializable(typeof(HitExplanation))]
[JsonSerializable(typeof(VersionInfo))]
[JsonSerializable(typeof(VersionInfo[]))]
[JsonSerializable(typeof(ListDiffResult))]
[JsonSerializable(typeof(EntityResult))]
[JsonSerializable(typeof(Alert))]
[JsonSerializable(typeof(AlertResult))]
[JsonSerializable(typeof(AlertPage))]
[JsonSerializable(typeof(AlertEvent))]
[JsonSerializable(typeof(EntryPage))]
[JsonSerializable(typeof(Approval))]
[JsonSerializable(typeof(Approval[]))]
[JsonSerializable(typeof(OverviewResult))]
[JsonSerializable(typeof(JobStatus))]
[JsonSerializable(typeof(JobList))]
[JsonSerializable(typeof(PaymentDecision))]
public sealed partial class VigilJsonContext : JsonSerializerContext;
