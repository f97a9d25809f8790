namespace Vigil.Sources;

/// <summary>Turns the files of one published list version into entities.</summary>
public interface IListParser
{
    /// <summary>The source name the entities carry (<c>ofac-sdn</c>).</summary>
    string Source { get; }

    /// <summary>The file names this list is published as, for callers that open a directory.</summary>
    IReadOnlyList<string> FileNames { get; }

    /// <summary>
    /// True when <see cref="FileNames"/> are alternative forms of one file (OFSI's <c>ConList.csv</c> and <c>ConList.xlsx</c>):
    /// any one of them is the whole list, and the parser tells the form from the content.
    /// </summary>
    bool FilesAreAlternatives => false;

    /// <summary>Parses the files. Throws <see cref="Vigil.Core.Model.ListFormatException"/> when they cannot be this list.</summary>
    ListParseResult Parse(ListInput input);
}
