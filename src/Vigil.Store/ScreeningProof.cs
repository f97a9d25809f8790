namespace Vigil.Store;

/// <summary>
/// Proof of one screening: when, who, what (a hash of the input), against which list versions with which engine and
/// profile, and what came out. One per screened record or call (CLI, API, register job).
/// </summary>
/// <param name="Id">Assigned by the store; 0 before it is written.</param>
/// <param name="Actor">The API key's name, the OS user of the CLI, or <c>vigil</c> for register jobs.</param>
/// <param name="Channel">Where it came from: <c>cli.search</c>, <c>cli.screen</c>, <c>cli.text</c>, <c>api.search</c>,
/// <c>api.screen</c>, <c>api.text</c>, <c>job</c>, ...</param>
/// <param name="Ref">The caller's record id or the customer id; null for a single search or a text.</param>
/// <param name="InputSha256">SHA-256 (hex) of the canonical input's UTF-8 bytes.</param>
/// <param name="InputSize">Bytes of the canonical input.</param>
/// <param name="Input">The canonical input itself, kept only when <c>audit.store_screening_input</c> is on.</param>
/// <param name="Profile">The scoring profile, <c>name@version</c>.</param>
/// <param name="Hits">Hits returned (for a register job: alerts and near misses).</param>
/// <param name="Alerts">Hits at or above the alert threshold.</param>
/// <param name="AuditId">The audit entry that seals the batch this record was written in; 0 before it is written.</param>
public sealed record ScreeningProof(
    long Id, DateTimeOffset At, string Actor, string Channel, string? Ref, string InputSha256, long InputSize, string? Input,
    IReadOnlyList<ScreenedVersion> ListVersions, string EngineVersion, string Profile, int Hits, int Alerts, long AuditId = 0);

/// <summary>A list version a screening ran against: the source, its number within the source (what people read) and its id.</summary>
public sealed record ScreenedVersion(string Source, int Version, long Id);
