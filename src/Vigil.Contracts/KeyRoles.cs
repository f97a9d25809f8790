namespace Vigil.Contracts;

/// <summary>The roles an API key can have, lowest first; each role may do what the roles below it may.</summary>
/// <remarks>
/// <c>viewer</c> reads lists and entities; <c>screener</c> also searches and screens; <c>analyst</c> also reads and
/// decides alerts; <c>admin</c> also manages keys, loads, sync, webhooks and the screening records. The order is a line,
/// not a lattice, because every team we know hands the wider duty to the more trusted person; keys made before roles
/// existed are <c>admin</c>, so they keep every right they had.
/// </remarks>
public static class KeyRoles
{
    public const string Viewer = "viewer";
    public const string Screener = "screener";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    /// <summary>Every role, lowest first.</summary>
    public static IReadOnlyList<string> All => Order;

    private static readonly string[] Order = [Viewer, Screener, Analyst, Admin];

    /// <summary>The role's place in <see cref="All"/>; -1 for an unknown role.</summary>
    public static int Rank(string? role) => role is null ? -1 : Array.IndexOf(Order, role.Trim().ToLowerInvariant());

    /// <summary>Whether a key of role <paramref name="held"/> may call an endpoint that needs <paramref name="needed"/>.</summary>
    public static bool Allows(string? held, string needed) => Rank(held) >= 0 && Rank(held) >= Rank(needed);

    /// <summary>The role spelled as stored (<c>Analyst</c> → <c>analyst</c>); null when unknown.</summary>
    public static string? Parse(string? text) => Rank(text) is var i && i >= 0 ? Order[i] : null;
}
