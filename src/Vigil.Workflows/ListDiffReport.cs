using Vigil.Core.Lists;

namespace Vigil.Workflows;

/// <summary>The change between two versions of one list, with the versions compared.</summary>
public sealed record ListDiffReport(ListVersion From, ListVersion To, ListChange Change);
