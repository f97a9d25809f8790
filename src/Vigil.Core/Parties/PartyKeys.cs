using Vigil.Core.Model;
using Vigil.Core.Text;

namespace Vigil.Core.Parties;

/// <summary>The facts of one listing that can tie it to a listing of another source, each as a key and the reason it gives.</summary>
internal static class PartyKeys
{
    /// <summary>Link strengths, strongest first: links are applied in this order, so a weaker link never blocks a stronger one.</summary>
    internal const int UnRef = 0, Imo = 1, Bic = 2, Document = 3, NameDob = 4;

    /// <summary>Shortest identity document number that can link (shorter ones such as <c>0</c>, <c>123</c> are placeholders or
    /// too likely to repeat).</summary>
    internal const int MinDocumentLength = 5;

    /// <summary>The keys of <paramref name="entity"/>: (strength, key, country for documents, reason).</summary>
    public static IEnumerable<(int Strength, string Key, string? Country, string Reason)> Of(Entity entity)
    {
        var unRef = entity.Source == "un" ? entity.SourceId : entity.UnReference;
        if (!string.IsNullOrWhiteSpace(unRef))
        {
            var canonical = Identifier.CanonicalOf(unRef);
            if (canonical.Length >= 4) yield return (UnRef, "un:" + canonical, null, "un-ref " + unRef.Trim());
        }
        foreach (var id in entity.Identifiers)
        {
            switch (id.Kind)
            {
                case IdentifierKind.Imo when Digits(id.Number) is { Length: 7 } imo:
                    yield return (Imo, "imo:" + imo, null, "imo " + imo);
                    break;
                case IdentifierKind.SwiftBic when BicOf(id.Canonical) is { } bic:
                    yield return (Bic, "bic:" + bic, null, "bic " + bic);
                    break;
                case IdentifierKind.Passport or IdentifierKind.NationalId when DocumentOf(id.Canonical) is { } number:
                    var kind = id.Kind == IdentifierKind.Passport ? "passport" : "national-id";
                    var country = string.IsNullOrEmpty(id.Country) ? null : id.Country.ToUpperInvariant();
                    yield return (Document, kind + ":" + number, country, $"{kind} {number}" + (country is null ? "" : $" ({country})"));
                    break;
            }
        }
        if (entity.Kind == EntityKind.Person && NameKey(entity.Name) is { } name)
        {
            foreach (var birth in entity.BirthDates)
            {
                if (birth.Approximate || birth.To is not null || birth.From.Precision < 3) continue;
                var date = birth.From.ToString();
                yield return (NameDob, "nd:" + name + "|" + date, null, "name+dob " + date);
            }
        }
    }

    /// <summary>The primary name normalised, its words sorted (lists order given and family names differently:
    /// <c>MOHAMMED, Ali</c>, <c>Ali MOHAMMED</c>); null under two words, which are too common to link on.</summary>
    internal static string? NameKey(string name)
    {
        var words = TextNormalizer.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        Array.Sort(words, StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    private static string Digits(string number) => new([.. number.Where(char.IsAsciiDigit)]);

    /// <summary>A BIC of 8 or 11 characters; the head-office branch code <c>XXX</c> is dropped so <c>BKIDIRTHXXX</c> = <c>BKIDIRTH</c>.</summary>
    private static string? BicOf(string canonical) => canonical.Length switch
    {
        8 => canonical,
        11 => canonical.EndsWith("XXX", StringComparison.Ordinal) ? canonical[..8] : canonical,
        _ => null,
    };

    /// <summary>A document number long enough and not a placeholder (one character repeated: <c>00000</c>).</summary>
    private static string? DocumentOf(string canonical)
    {
        if (canonical.Length < MinDocumentLength || !canonical.Any(char.IsAsciiDigit)) return null;
        return canonical.AsSpan().TrimStart(canonical[0]).IsEmpty ? null : canonical;
    }
}
