using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Vigil.Core.Tests.Matching;

/// <summary>Finds the numeric literals in C# source that neither the scoring profile declares nor an allow-list explains.</summary>
/// <remarks>
/// Parsed with Roslyn, so literals in comments, XML docs and strings do not count, and <c>1</c>, <c>1.0</c> and <c>1f</c>
/// are the same number. A literal is allowed by an entry naming its file (or <c>*</c> for every file) and its value.
/// </remarks>
internal static class LiteralScanner
{
    /// <summary>A numeric literal at a line of a file (relative to the scanned root, with forward slashes).</summary>
    public sealed record Finding(string File, int Line, string Text, double Value)
    {
        public override string ToString() => $"{File}:{Line}: {Text}";
    }

    /// <summary>A number allowed in one file (<c>*</c>: in every scanned file), with the reason it is not a scoring setting.</summary>
    public sealed record Allowed(string File, double Value, string Reason);

    /// <summary>Every numeric literal token of <paramref name="source"/>.</summary>
    public static IEnumerable<Finding> Literals(string file, string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        foreach (var token in root.DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.NumericLiteralToken)) continue;
            var value = Convert.ToDouble(token.Value, CultureInfo.InvariantCulture);
            yield return new Finding(file, token.GetLocation().GetLineSpan().StartLinePosition.Line + 1, token.Text, value);
        }
    }

    /// <summary>The literals of <paramref name="source"/> that no entry of <paramref name="allowed"/> covers.</summary>
    public static IEnumerable<Finding> Unexplained(string file, string source, IReadOnlyList<Allowed> allowed) =>
        Literals(file, source).Where(f => !allowed.Any(a => (a.File == "*" || a.File == f.File) && a.Value == f.Value));
}
