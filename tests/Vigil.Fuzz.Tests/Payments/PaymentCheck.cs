using System.Text;
using Vigil.Core.FreeText;
using Vigil.Fuzz.Tests.Fuzzing;
using Vigil.Sources.Payments;
using Vigil.Workflows;
using Vigil.Workflows.Text;

namespace Vigil.Fuzz.Tests.Payments;

/// <summary>
/// A fuzzed MT103 or pacs.008 message: the parser reads it or throws <see cref="PaymentFormatException"/> naming the line or
/// field; the parties' and free-text fields' offsets point into the message; screening it (<c>vigil text</c>,
/// <c>POST /screen/text</c>) throws nothing but <see cref="VigilException"/>, and every mention's offsets and words are the message's.
/// </summary>
public static class PaymentCheck
{
    public static Outcome Run(CorpusEntry input, TextFormat format, FreeTextScreener screener)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(screener);
        var text = Encoding.UTF8.GetString(input.Files[0]);
        PaymentMessage message;
        try
        {
            message = format == TextFormat.Mt103 ? Mt103Parser.Parse(text) : Pacs008Parser.Parse(text);
        }
        catch (PaymentFormatException ex)
        {
            Place.RequirePaymentPlace(ex.Message);
            return Outcome.Refused;
        }
        foreach (var p in message.Parties)
        {
            if (p.Start < 0 || p.Start > p.End || p.End > text.Length || p.Line < 0)
                throw new FuzzFailureException($"party {p.Field} at {p.Start}-{p.End} (line {p.Line}) is outside the message of {text.Length} characters");
        }
        foreach (var t in message.Texts)
        {
            if (t.Start < 0 || t.Start + t.Text.Length > text.Length || !text.AsSpan(t.Start, t.Text.Length).SequenceEqual(t.Text))
                throw new FuzzFailureException($"text field {t.Field} at {t.Start} is not the message's text there");
        }

        IReadOnlyList<TextHit> hits;
        try
        {
            hits = ScreenText.Run(screener, text, format, new FreeTextOptions());
        }
        catch (VigilException ex) when (ex.Message.StartsWith("text: ", StringComparison.Ordinal))
        {
            // Longer than ScreenText.MaxTextLength: refused as a whole, naming the field (the server answers 400 for "text").
            return Outcome.Refused;
        }
        catch (VigilException ex)
        {
            throw new FuzzFailureException("a message the parser read was refused when screened: " + ex.Message, ex);
        }
        foreach (var h in hits)
        {
            var m = h.Mention;
            if (m.Start < 0 || m.Start > m.End || m.End > text.Length || text[m.Start..m.End] != m.Text)
                throw new FuzzFailureException($"mention '{m.Text}' at {m.Start}-{m.End} in field {h.Field} is not the message's text there");
        }
        return Outcome.Accepted;
    }
}
