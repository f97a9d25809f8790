using Vigil.Core.Screening;
using Vigil.Fuzz.Tests.Fuzzing;
using Vigil.Workflows;
using Vigil.Workflows.Customers;
using Vigil.Workflows.Screening;

namespace Vigil.Fuzz.Tests.Screening;

/// <summary>
/// A fuzzed query or customer CSV, written to a real file and read as <c>vigil screen</c> and <c>vigil customers import</c> read
/// it: the file is refused only with a <see cref="VigilException"/> naming the file and line; each row of a query file is either
/// screened or refused with an error naming its field.
/// </summary>
public static class QueryCsvCheck
{
    public static Outcome Queries(CorpusEntry input, Screener screener)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(screener);
        return WithFile(input, path =>
        {
            List<QueryCsvRow> rows;
            try
            {
                rows = [.. QueryCsv.Read(path)];
            }
            catch (VigilException ex)
            {
                Place.RequireFileAndLine(ex.Message, [path], "query file error");
                return Outcome.Refused;
            }
            foreach (var row in rows)
            {
                if (row.Line < 1) throw new FuzzFailureException($"row {row.Ordinal} has line {row.Line}");
                if (row.Fields(row.IdNumbers).TryCreate(out var query, out var error)) screener.Search(query, new SearchOptions(Top: 3));
                else Place.RequireQueryField(error!);
            }
            return Outcome.Accepted;
        });
    }

    public static Outcome Customers(CorpusEntry input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return WithFile(input, path =>
        {
            try
            {
                CustomerFile.Read(path);
                return Outcome.Accepted;
            }
            catch (VigilException ex)
            {
                Place.RequireFileAndLine(ex.Message, [path], "customer file error");
                return Outcome.Refused;
            }
        });
    }

    private static Outcome WithFile(CorpusEntry input, Func<string, Outcome> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-fuzz-{Guid.NewGuid():N}-{input.Names[0]}");
        File.WriteAllBytes(path, input.Files[0]);
        try
        {
            return read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
