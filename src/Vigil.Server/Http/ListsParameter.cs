using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Core.Lists;
using Vigil.Core.Screening;
using Vigil.Workflows.Screening;

namespace Vigil.Server.Http;

/// <summary>The <c>lists</c> parameter of the screening endpoints: which sources to screen against (default every active one).</summary>
internal static class ListsParameter
{
    /// <summary>What the OpenAPI descriptions say about it.</summary>
    public const string Description =
        "lists (comma-separated source names, e.g. ofac-sdn,un) screens against those sources only, scored as a home holding " +
        "only them; default every active source. A source with no active version gets 400 naming it. Each match names its " +
        "source and list_version.";

    /// <summary>Reads the selection; a malformed value is a 400 naming <c>lists</c>.</summary>
    public static bool TryParse(string? text, out ListSelection? selection, out string? error)
    {
        try
        {
            selection = ListSelection.Parse(text);
            error = null;
            return true;
        }
        catch (ListSelectionException ex)
        {
            selection = null;
            error = ex.Message;
            return false;
        }
    }

    /// <summary>The screener of the selection over <paramref name="snapshot"/>, or a 400 naming the source it does not hold.</summary>
    public static ValidationProblem? Select(IndexSnapshot snapshot, ListSelection? selection, out Screener screener, out string key)
    {
        try
        {
            (screener, key) = snapshot.For(selection);
            return null;
        }
        catch (ListSelectionException ex)
        {
            (screener, key) = (snapshot.Screener, snapshot.Key);
            return Problems.Field("lists", ex.Message);
        }
    }
}
