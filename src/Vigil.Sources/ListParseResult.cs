using Vigil.Core.Model;

namespace Vigil.Sources;

/// <summary>What a parser read from one list version.</summary>
/// <param name="Entities">Every entry, in file order.</param>
/// <param name="Warnings">Odd rows that were read in part or skipped, with file and line.</param>
/// <param name="PublishedOn">The publication date the files carry, if any (UN <c>dateGenerated</c>).</param>
public sealed record ListParseResult(IReadOnlyList<Entity> Entities, IReadOnlyList<ParseWarning> Warnings, DateOnly? PublishedOn = null);
