namespace Vigil.Generate.Customers;

/// <summary>The ways a name written by a customer or clerk differs from the list's spelling: case, accents, a typo.</summary>
internal static class TextVariation
{
    private const string Vowels = "aeiou";
    private const string Accented = "áéíóú";
    // Neighbouring keys on a QWERTY keyboard: the usual substitution typo.
    private static readonly Dictionary<char, string> Neighbours = new()
    {
        ['a'] = "qsz", ['b'] = "vghn", ['c'] = "xdfv", ['d'] = "serfcx", ['e'] = "wrsd", ['f'] = "drtgvc", ['g'] = "ftyhbv",
        ['h'] = "gyujnb", ['i'] = "ujko", ['j'] = "huikmn", ['k'] = "jiolm", ['l'] = "kop", ['m'] = "njk", ['n'] = "bhjm",
        ['o'] = "iklp", ['p'] = "ol", ['q'] = "wa", ['r'] = "edft", ['s'] = "awedxz", ['t'] = "rfgy", ['u'] = "yhji",
        ['v'] = "cfgb", ['w'] = "qase", ['x'] = "zsdc", ['y'] = "tghu", ['z'] = "asx",
    };

    /// <summary><c>AL-ZAWAHIRI, Ayman</c> → <c>Al-Zawahiri, Ayman</c>: capital after a space or hyphen, the rest lower case.</summary>
    public static string TitleCase(string text)
    {
        var chars = text.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is ' ' or '-' or '(' or '.') chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }

    /// <summary><c>Nguyễn Thị Hương</c> → <c>Nguyen Thi Huong</c>, as ASCII-only systems store names.</summary>
    /// <remarks>AnyAscii rather than Unicode decomposition: with invariant globalization, <c>Normalize(FormD)</c> leaves text as is.</remarks>
    public static string StripAccents(string text) => AnyAscii.Transliteration.Transliterate(text);

    /// <summary>Puts an acute accent on one vowel of a word of four or more letters (<c>Nicolas</c> → <c>Nicolás</c>).</summary>
    public static string AddAccent(Random rng, string text)
    {
        var positions = new List<int>();
        for (var i = 0; i < text.Length; i++)
            if (Vowels.Contains(char.ToLowerInvariant(text[i]), StringComparison.Ordinal) && WordLength(text, i) >= 4) positions.Add(i);
        if (positions.Count == 0) return text;
        var at = rng.Pick(positions);
        var accented = Accented[Vowels.IndexOf(char.ToLowerInvariant(text[at]), StringComparison.Ordinal)];
        if (char.IsUpper(text[at])) accented = char.ToUpperInvariant(accented);
        return string.Concat(text.AsSpan(0, at), accented.ToString(), text.AsSpan(at + 1));
    }

    /// <summary>One typing error in a word of five or more letters: a neighbouring key, a dropped, doubled or swapped letter.</summary>
    public static string Typo(Random rng, string text)
    {
        var positions = new List<int>();
        for (var i = 1; i < text.Length - 1; i++)
            if (char.IsAsciiLetter(text[i]) && char.IsAsciiLetter(text[i + 1]) && WordLength(text, i) >= 5) positions.Add(i);
        if (positions.Count == 0) return text;
        var at = rng.Pick(positions);
        var c = text[at];
        return rng.Next(4) switch
        {
            0 when Neighbours.TryGetValue(char.ToLowerInvariant(c), out var keys) =>
                Replace(text, at, 1, char.IsUpper(c) ? char.ToUpperInvariant(rng.Pick(keys.ToCharArray())) : rng.Pick(keys.ToCharArray())),
            1 => text.Remove(at, 1),
            2 => text.Insert(at, c.ToString()),
            _ => Replace(text, at, 2, text[at + 1], c),
        };
    }

    private static string Replace(string text, int at, int length, params char[] with) =>
        string.Concat(text.AsSpan(0, at), new string(with), text.AsSpan(at + length));

    private static int WordLength(string text, int at)
    {
        int start = at, end = at;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end - start;
    }
}
