namespace Vigil.Core.Model;

/// <summary>How strongly a list vouches for a name of an entity.</summary>
public enum NameRole
{
    /// <summary>The entry's main name.</summary>
    Primary = 0,
    /// <summary>A strong a.k.a. (OFAC alt.csv "aka", UN alias of quality "Good" / "a.k.a.").</summary>
    Alias,
    /// <summary>A weak a.k.a. (OFAC remarks <c>a.k.a. 'BNC'</c>, UN alias of quality "Low").</summary>
    WeakAlias,
    /// <summary>Formerly known as (OFAC "fka", UN "f.k.a.").</summary>
    Former,
    /// <summary>Now known as (OFAC "nka").</summary>
    NowKnownAs,
    /// <summary>The name in its original script (UN NAME_ORIGINAL_SCRIPT).</summary>
    OriginalScript,
}
