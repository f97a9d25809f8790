using Vigil.Core.FreeText;
using Vigil.Core.Model;
using Vigil.Core.Screening;
using Vigil.Sources.Payments;

namespace Vigil.Workflows.Text;

/// <summary>
/// Screens a text — prose, an MT103 or a pacs.008 — against the loaded lists: the verb behind <c>vigil text</c> and,
/// later, <c>POST /api/v1/screen/text</c>.
/// </summary>
/// <remarks>
/// Prose goes to <see cref="FreeTextScreener"/>. In a payment message each party field is screened as a party (its name,
/// with the country of its address; a BIC-only party by its BIC as an identifier) and each free-text field as text; every
/// hit names its field, and its offsets point into the whole message.
/// </remarks>
public static class ScreenText
{
    /// <summary>
    /// Longest text screened, in characters (1,000,000: some 150,000 words, a long book); longer texts are refused, never
    /// cut. Every word is looked up in the lists, so the work grows with the text.
    /// </summary>
    public const int MaxTextLength = 1_000_000;

    /// <summary>Why the text is too long to screen (without the field name), or null.</summary>
    public static string? LengthError(string text) => text.Length <= MaxTextLength ? null
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:N0} characters; at most {1:N0}", text.Length, MaxTextLength);

    /// <summary>Share of control characters (other than tab, line breaks and form feed) and replacement characters above
    /// which a text is taken for binary data: 5 %. Prose has none; a raw SWIFT message's SOH/ETX envelope is a handful in
    /// hundreds; random bytes read as Latin-1 have about 25 %.</summary>
    public const double MaxControlShare = 0.05;

    /// <summary>Why <paramref name="text"/> looks like binary data rather than text (without the field name), or null: a NUL
    /// character, or more than <see cref="MaxControlShare"/> control or replacement characters.</summary>
    /// <remarks>Random bytes screened as text gave over a thousand "mentions"; a text screen of binary data is refused.</remarks>
    public static string? BinaryError(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0) return string.Format(System.Globalization.CultureInfo.InvariantCulture,
            "binary data, not text: a NUL character at character {0:N0}", nul);
        var odd = 0;
        foreach (var c in text)
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\uFFFD') odd++;
        return text.Length > 0 && odd > MaxControlShare * text.Length
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "binary data, not text: {0:N0} of {1:N0} characters are control or undecodable characters", odd, text.Length)
            : null;
    }

    /// <summary>The hits in <paramref name="text"/>, in order of appearance.</summary>
    /// <exception cref="VigilException">The text is longer than <see cref="MaxTextLength"/>, looks like binary data
    /// (<see cref="BinaryError"/>), or the message is not a readable MT103 / pacs.008; the message names the line or field.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired.</exception>
    public static IReadOnlyList<TextHit> Run(FreeTextScreener screener, string text, TextFormat format, FreeTextOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (LengthError(text) is { } tooLong) throw new VigilException("text: " + tooLong);
        if (BinaryError(text) is { } binary) throw new VigilException("text: " + binary);
        if (format == TextFormat.Auto) format = Detect(text);
        if (format == TextFormat.Text) return [.. screener.Find(text, options, cancel).Select(m => new TextHit(null, m))];
        PaymentMessage message;
        try
        {
            message = format == TextFormat.Mt103 ? Mt103Parser.Parse(text) : Pacs008Parser.Parse(text);
        }
        catch (PaymentFormatException ex)
        {
            throw new VigilException(ex.Message, ex);
        }
        return Screen(screener, text, message, options, cancel);
    }

    /// <summary>What <see cref="TextFormat.Auto"/> decides for a text.</summary>
    public static TextFormat Detect(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("<") && text.Contains("FIToFICstmrCdtTrf", StringComparison.Ordinal)) return TextFormat.Pacs008;
        if (head.StartsWith("{1:") || head.Contains("{4:", StringComparison.Ordinal) || head.StartsWith(":20:")) return TextFormat.Mt103;
        return TextFormat.Text;
    }

    /// <summary>The free-text mentions in <paramref name="content"/>, one field of a message starting at <paramref name="start"/>, with offsets into the whole message.</summary>
    private static IEnumerable<TextHit> Find(FreeTextScreener screener, string text, string field, string content, int start, FreeTextOptions options, CancellationToken cancel)
    {
        // Line breaks inside a field are the message's wrapping at 35 characters, not the end of a name: read them
        // as spaces (same length, so offsets stay true).
        var unwrapped = content.Replace('\r', ' ').Replace('\n', ' ');
        foreach (var m in screener.Find(unwrapped, options, cancel))
            yield return new TextHit(field, m with { Start = m.Start + start, End = m.End + start, Text = text[(m.Start + start)..(m.End + start)] });
    }

    private static List<TextHit> Screen(FreeTextScreener screener, string text, PaymentMessage message, FreeTextOptions options, CancellationToken cancel)
    {
        var hits = new List<TextHit>();
        var minScore = options.MinScore ?? screener.Screener.Index.Profile.AlertThreshold;
        foreach (var party in message.Parties)
        {
            if (party.Name is null && party.Bic is null) continue;
            cancel.ThrowIfCancellationRequested();
            var name = party.Name ?? party.Bic!;
            if (Screening.QueryFields.NameLimitError(name, EntityKind.Unknown) is not null
                || party.OtherReading is { } more && Screening.QueryFields.NameLimitError(more.Name, EntityKind.Unknown) is not null)
            {
                // A name field beyond what a name can be (SWIFT allows 4 lines of 35 characters) is read as text: every
                // mention in it is still found, in time linear in its length, where the name scorer would take quadratic time.
                hits.AddRange(Find(screener, text, party.Field, text[party.Start..party.End], party.Start, options, cancel));
                continue;
            }
            var search = new SearchOptions(Top: 3, MinScore: minScore, Explain: options.Explain);
            var best = new Dictionary<Entity, (ScreeningHit Hit, int End)>(ReferenceEqualityComparer.Instance);
            foreach (var hit in screener.Screener.Search(new ScreeningQuery(name, EntityKind.Unknown, null, party.Country, party.Bic), search))
                best[hit.Entity] = (hit, party.End);
            if (party.OtherReading is { } other)
                foreach (var hit in screener.Screener.Search(new ScreeningQuery(other.Name, EntityKind.Unknown, null, party.Country, party.Bic), search))
                    if (!best.TryGetValue(hit.Entity, out var known) || hit.Score > known.Hit.Score) best[hit.Entity] = (hit, other.End);
            foreach (var (hit, end) in best.Values.OrderByDescending(b => b.Hit.Score).Take(3))
                hits.Add(new TextHit(party.Field, new TextMention(party.Start, end, text[party.Start..end], hit, MentionRule.Name)));
        }
        foreach (var field in message.Texts) hits.AddRange(Find(screener, text, field.Field, field.Text, field.Start, options, cancel));
        hits.Sort((a, b) => a.Mention.Start != b.Mention.Start ? a.Mention.Start.CompareTo(b.Mention.Start) : b.Mention.Hit.Score.CompareTo(a.Mention.Hit.Score));
        return hits;
    }
}
