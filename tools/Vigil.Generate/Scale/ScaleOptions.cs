namespace Vigil.Generate.Scale;

/// <summary>What one scale run measures.</summary>
/// <param name="ListDir">An OFAC CSV folder (a generated list) to build the index from.</param>
/// <param name="Queries">Indexed searches timed, single-threaded, after <paramref name="Warmup"/> untimed ones.</param>
/// <param name="ExhaustiveQueries">Of those, how many are also run exhaustively (half with indexed alerts, half without).</param>
/// <param name="ExhaustiveBudget">Stop the exhaustive runs after this long, whatever their number.</param>
/// <param name="HitShare">Share of the query sample made from the list's own entries (true hits), the rest generated customers.</param>
/// <param name="HoldFile">When set: after the measurements, write the process id here and wait until the file is deleted (for a heap dump).</param>
/// <param name="Phases">Also time the name analysis alone, the first phase of the index build.</param>
/// <param name="AddUn">Add the real UN list (from <paramref name="ListsDir"/>) to the list's entities, as <c>vigil</c> screens SDN + UN.</param>
/// <param name="Census">At the end, estimate the bytes held by each part of the index (a reflection walk).</param>
/// <param name="SearchLoop">After the hold, repeat the indexed searches this long (for a CPU profiler attached meanwhile).</param>
internal sealed record ScaleOptions(
    string ListDir, int Queries, int Warmup, int ExhaustiveQueries, TimeSpan ExhaustiveBudget, int Seed, string ListsDir, double HitShare,
    string? HoldFile, bool Phases, bool AddUn, bool Census, TimeSpan SearchLoop);
