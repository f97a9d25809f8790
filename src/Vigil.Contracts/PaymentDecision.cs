namespace Vigil.Contracts;

/// <summary>
/// The decision on one payment message of the stream (<c>vigil worker --stream</c>), published to
/// <c>vigil.payments.out.KEY</c> with the input's id as <c>Nats-Msg-Id</c>.
/// </summary>
/// <param name="Id">The input's id: its <c>Nats-Msg-Id</c> header, else the message's own reference (MT103 field 20,
/// pacs.008 <c>MsgId</c>, the record's <c>id</c>).</param>
/// <param name="Decision"><c>pass</c> (no hit at or above the alert threshold) or <c>hold</c>.</param>
/// <param name="Format"><c>mt103</c>, <c>pacs008</c> or <c>record</c>.</param>
/// <param name="Hits">Every hit at or above the threshold with its field and explanation, in order of appearance.</param>
/// <param name="ListVersions">The list versions screened against (<c>ofac-sdn:3,un:4</c>).</param>
/// <param name="Profile">The scoring profile (<c>default@1</c>).</param>
public sealed record PaymentDecision(
    string Id, string Decision, string Format, IReadOnlyList<Mention> Hits, string ListVersions, string Profile, DateTimeOffset ScreenedAt);
