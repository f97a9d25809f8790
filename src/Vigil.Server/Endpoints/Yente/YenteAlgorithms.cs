using Vigil.Core.Matching;

namespace Vigil.Server.Endpoints.Yente;

/// <summary>yente's algorithm names, each mapped onto Vigil's one scoring profile. Vigil has one calibrated scorer; the
/// names exist so a yente client's <c>algorithm=</c> keeps working. <c>name-based</c> screens names only (no birth date,
/// country or identifier), as nomenklatura's name-based matcher ignores them; the others screen everything the query gives.</summary>
internal static class YenteAlgorithms
{
    /// <summary>What <c>best</c> stands for, as in yente.</summary>
    public const string Best = "logic-v2";

    /// <summary>The default when no algorithm is given, as in yente.</summary>
    public const string Default = "best";

    /// <summary>The accepted names: name → (description, names only).</summary>
    public static readonly IReadOnlyList<(string Name, string Description, bool NameOnly)> All =
    [
        ("logic-v2", "Vigil's calibrated profile: name alignment plus birth date, country, identifier and kind features (yente's best).", false),
        ("logic-v1", "Vigil's calibrated profile, as logic-v2 (Vigil has one scorer).", false),
        ("name-qualified", "Vigil's calibrated profile, as logic-v2: names qualified by birth date, country and identifier.", false),
        ("regression-v1", "Vigil's calibrated profile, as logic-v2 (Vigil has no regression model).", false),
        ("ofac-249", "Vigil's calibrated profile, as logic-v2.", false),
        ("name-based", "Vigil's calibrated profile on names only: birth date, country and identifiers of the query are not used.", true),
    ];

    /// <summary>Resolves a name as yente does (case-insensitive, trimmed, <c>best</c> → <see cref="Best"/>); false for an unknown one.</summary>
    public static bool TryResolve(string? name, out string resolved, out bool nameOnly)
    {
        var clean = (name ?? Default).Trim().ToLowerInvariant();
        if (clean == "best") clean = Best;
        foreach (var a in All)
        {
            if (a.Name != clean) continue;
            resolved = a.Name;
            nameOnly = a.NameOnly;
            return true;
        }
        resolved = "";
        nameOnly = false;
        return false;
    }

    /// <summary>The <c>/algorithms</c> answer: every name with the features of Vigil's scorer, described once.</summary>
    public static YenteAlgorithmResponse Describe(ScoringProfile profile)
    {
        var features = new Dictionary<string, YenteFeatureDoc>(StringComparer.Ordinal)
        {
            ["name"] = new("Similarity of the query's name with the listed name that aligns best, word by word (transliterated, typo- and order-tolerant).", 1.0, null),
        };
        foreach (var f in Matcher.Features) features[f.Name] = new YenteFeatureDoc(f.Description, null, null);
        var list = All.Select(a => new YenteAlgorithm(a.Name, a.Description,
            a.NameOnly ? new Dictionary<string, YenteFeatureDoc> { ["name"] = features["name"] } : features,
            new YenteAlgorithmDocs(a.Name, a.Description, a.NameOnly ? new Dictionary<string, YenteFeatureDoc> { ["name"] = features["name"] } : features, new Dictionary<string, object>()),
            profile.Id, profile.AlertThreshold)).ToList();
        return new YenteAlgorithmResponse(list, Default, Best);
    }
}

/// <summary>One feature as <c>/algorithms</c> documents it.</summary>
internal sealed record YenteFeatureDoc(string Description, double? Coefficient, string? Url);

/// <summary>An algorithm's documentation block (yente's <c>docs</c>); <c>config</c> is empty: Vigil takes no per-request settings.</summary>
internal sealed record YenteAlgorithmDocs(string Name, string Description, Dictionary<string, YenteFeatureDoc> Features, Dictionary<string, object> Config);

/// <summary>One algorithm: yente's fields plus the Vigil profile it runs on and that profile's match threshold.</summary>
internal sealed record YenteAlgorithm(string Name, string Description, Dictionary<string, YenteFeatureDoc> Features, YenteAlgorithmDocs Docs, string VigilProfile, double Threshold);

/// <summary>The <c>/algorithms</c> answer.</summary>
internal sealed record YenteAlgorithmResponse(IReadOnlyList<YenteAlgorithm> Algorithms, string Default, string Best);
