namespace Vigil.Sources;

/// <summary>The lists Vigil reads, by source name.</summary>
public static class ListSources
{
    /// <summary>Source names in the order they are shown.</summary>
    public static IReadOnlyList<string> Names { get; } = ["ofac-sdn", "ofac-cons", "un", "uk-ofsi", "au-dfat", "eu-fsf", "ca-sema", "us-csl", "bis-dpl", "ofac-advanced", "ofac-enhanced"];

    /// <summary>The parser for a source name (a <see cref="Names"/> entry or <c>custom:NAME</c>), or null when the name is unknown.</summary>
    public static IListParser? ParserFor(string source) => source switch
    {
        "ofac-sdn" => Ofac.OfacParser.Sdn,
        "ofac-cons" => Ofac.OfacParser.Consolidated,
        "un" => Un.UnParser.Instance,
        "uk-ofsi" => UkOfsi.OfsiParser.Instance,
        "au-dfat" => AuDfat.DfatParser.Instance,
        "eu-fsf" => EuFsf.EuFsfParser.Instance,
        "ca-sema" => CaSema.SemaParser.Instance,
        "us-csl" => UsTrade.CslParser.Instance,
        "bis-dpl" => UsTrade.DplParser.Instance,
        "ofac-advanced" => OfacXml.OfacAdvancedParser.Instance,
        "ofac-enhanced" => OfacXml.OfacEnhancedParser.Instance,
        _ => Custom.CustomListParser.For(source),
    };
}
