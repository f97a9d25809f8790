using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Cli.Tests.Operations;

/// <summary>The samples of a Prometheus text exposition: <c>name{label="value",...} number</c> per line.</summary>
internal sealed partial class PrometheusText
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];

    public PrometheusText(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var space = line.LastIndexOf(' ');
            var series = line[..space];
            var value = double.Parse(line[(space + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
            var brace = series.IndexOf('{', StringComparison.Ordinal);
            var name = brace < 0 ? series : series[..brace];
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (brace >= 0)
                foreach (Match m in Label().Matches(series[brace..])) labels[m.Groups[1].Value] = m.Groups[2].Value;
            _samples.Add((name, labels, value));
        }
    }

    /// <summary>The samples of <paramref name="name"/> whose labels include all of <paramref name="labels"/> ("k=v").</summary>
    public IReadOnlyList<(Dictionary<string, string> Labels, double Value)> Samples(string name, params string[] labels) =>
        _samples.Where(s => s.Name == name && labels.All(l =>
            {
                var eq = l.IndexOf('=', StringComparison.Ordinal);
                return s.Labels.TryGetValue(l[..eq], out var v) && v == l[(eq + 1)..];
            }))
            .Select(s => (s.Labels, s.Value)).ToList();

    /// <summary>The sum of the matching samples' values (0 when none).</summary>
    public double Sum(string name, params string[] labels) => Samples(name, labels).Sum(s => s.Value);

    // le="0.005" or source="un"
    [GeneratedRegex("""(\w+)="([^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Label();
}
