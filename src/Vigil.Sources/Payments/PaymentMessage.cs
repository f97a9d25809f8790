namespace Vigil.Sources.Payments;

/// <summary>A payment message split into what screening needs: its parties and its free-text fields.</summary>
/// <param name="Format"><c>MT103</c> or <c>pacs.008</c>.</param>
public sealed record PaymentMessage(string Format, IReadOnlyList<PaymentParty> Parties, IReadOnlyList<PaymentText> Texts);

/// <summary>One party of a payment (ordering customer, beneficiary, an agent bank), its name separated from its address.</summary>
/// <param name="Field">The MT field tag (<c>59</c>, <c>50K</c>, <c>57A</c>) or pacs.008 element (<c>Cdtr</c>, <c>DbtrAgt</c>).</param>
/// <param name="Name">The name as one line (wrapped name lines joined), or null when the party is given by a BIC only.</param>
/// <param name="Start">UTF-16 offset of the name (or of the BIC) in the message as read.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Country">ISO alpha-2 code of the address country or country of residence, when stated.</param>
/// <param name="Bic">The party's BIC, when given.</param>
/// <param name="Address">Address lines, for display.</param>
/// <param name="Line">The line of the message where the party's field starts (1-based).</param>
public sealed record PaymentParty(string Field, string? Name, int Start, int End, string? Country, string? Bic, IReadOnlyList<string> Address, int Line)
{
    /// <summary>Another place the name may end, and where: with the next line when that may continue it (an MT name wrapped
    /// before 35 characters), or the first line alone when a full first line may be the name cut at 35 characters rather
    /// than wrapped. Screening tries both and keeps the better.</summary>
    public (string Name, int End)? OtherReading { get; init; }
}

/// <summary>A free-text field (remittance information, sender-to-receiver information).</summary>
/// <param name="Field">The MT field tag (<c>70</c>, <c>72</c>) or pacs.008 element (<c>RmtInf</c>).</param>
/// <param name="Text">The field's text exactly as in the message.</param>
/// <param name="Start">UTF-16 offset of <paramref name="Text"/> in the message.</param>
public sealed record PaymentText(string Field, string Text, int Start);

/// <summary>A payment message that cannot be read; the message names the field or line at fault.</summary>
public sealed class PaymentFormatException(string message) : Exception(message);
