using Vigil.Fuzz.Tests.Fuzzing;

namespace Vigil.Fuzz.Tests.Screening;

/// <summary>Crashes of the query / customer CSV reader found by fuzzing, in code owned by another change (QueryCsv).</summary>
public static class KnownCsvCrashes
{
    /// <summary>A header row naming a column twice (<c>id,name,name</c>, or two empty names <c>id,name,,</c>) makes Sep throw
    /// <see cref="ArgumentException"/> out of <c>QueryCsv.Read</c>: <c>vigil screen</c> and <c>customers import</c> end with a stack trace.</summary>
    public static readonly KnownCrash DuplicateHeaderNames = new(
        "QueryCsv: a repeated header name throws Sep's ArgumentException",
        nameof(QueryCsvRegressionTests) + "." + nameof(QueryCsvRegressionTests.A_header_naming_a_column_twice_is_refused_naming_file_and_line_1),
        ex => ex is ArgumentException && ex.Message.StartsWith("Col name ", StringComparison.Ordinal)
              && ex.StackTrace?.Contains("Vigil.Workflows.Screening.QueryCsv.Rows", StringComparison.Ordinal) == true);

    public static readonly IReadOnlyList<KnownCrash> All = [DuplicateHeaderNames];
}
