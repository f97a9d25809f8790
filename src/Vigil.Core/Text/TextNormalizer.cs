using System.Globalization;
using System.Text;

namespace Vigil.Core.Text;

/// <summary>
/// The one normalisation pipeline for list names, queries and free text: any script → lower-case ASCII words.
/// </summary>
/// <remarks>
/// Per character: ASCII letters and digits are lower-cased; apostrophes vanish so <c>NU'AYMI</c> = <c>NUAYMI</c>;
/// other punctuation and spaces end a word (<c>AL-QAIDA</c> → <c>al qaida</c>); every other letter goes through
/// AnyAscii (compatibility forms, diacritics and special letters: é→e, ø→o, ł→l, ß→ss, æ→ae, Cyrillic, Greek, Arabic,
/// Chinese, ...). Script-specific rules on top: Arabic <c>ال</c> at the start of a word becomes its own word <c>al</c>;
/// every Hangul syllable is a word (<c>김정은</c> → kim jeong eun, as the lists write Korean names); a run of Han
/// characters holding a word of a Chinese organisation name is cut into its words (<c>华为技术有限公司</c> → huawei
/// technology co ltd: <see cref="Scripts.ChineseWords"/>), any other splits its first character (the surname) from the
/// rest. Roman numerals of vessels are left to matching.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="text"/> into words, appending them to <paramref name="output"/>.</summary>
    // Over 80 lines on purpose: one scan over the text's runes with the state of the current word (start, script,
    // vowel-less, apostrophes); each case is a few lines and depends on that shared state.
    public static void Tokenize(string text, List<RawToken> output)
    {
        var sb = new StringBuilder(32);
        var start = -1;
        var end = -1;
        var abjad = false;
        var hanRun = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (hanRun > 0) { Flush(); }
                    if (start < 0) start = i;
                    sb.Append(char.ToLowerInvariant(c));
                    end = i + 1;
                }
                else if (c is '\'' or '`')
                {
                    // apostrophes join: O'BRIEN = OBRIEN, AL-NU'AYMI = AL NUAYMI; a possessive 's ends the word
                    // (NORTH KOREA'S = NORTH KOREA)
                    if (start >= 0 && IsPossessive(text, i)) { i += 2; Flush(); continue; }
                }
                else
                {
                    Flush();
                }
                i++;
                continue;
            }

            if (!Rune.TryGetRuneAt(text, i, out var rune)) { Flush(); i++; continue; }
            var width = rune.Utf16SequenceLength;
            var category = Rune.GetUnicodeCategory(rune);
            if (IsApostrophe(rune.Value))
            {
                if (start >= 0 && IsPossessive(text, i)) { i += 2; Flush(); continue; }
                i += width;
                continue;
            }
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark
                || category == UnicodeCategory.Format)
            {
                // Arabic harakat, combining accents, zero-width joiners: part of the word, no letters of their own
                // (except Indic vowel signs, which AnyAscii spells out).
                if (start >= 0)
                {
                    if (Scripts.Indic.NasalBefore(text, i) is { } nasal) sb.Append(nasal); // संजय sanjay, not samjay
                    else AppendTransliterated(sb, rune);
                    end = i + width;
                }
                i += width;
                continue;
            }
            if (!Rune.IsLetterOrDigit(rune))
            {
                Flush();
                i += width;
                continue;
            }

            var v = rune.Value;
            var isHangul = v is >= 0xAC00 and <= 0xD7A3;
            var isHan = v is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF;
            var isAbjad = v is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF
                or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x0590 and <= 0x05FF;

            if (isAbjad && start < 0 && IsArabicArticle(text, i))
            {
                // "البذالي" → "al" + "bdhly": the article is its own word, as the lists write AL-BADHALI.
                output.Add(new RawToken("al", i, i + 2, true));
                i += 2;
                start = i;
                abjad = true;
                continue;
            }

            if (isHangul)
            {
                Flush();
                start = i;
                AppendTransliterated(sb, rune);
                i += width;
                end = i;
                Flush();
                continue;
            }

            if (isHan)
            {
                if (hanRun == 0)
                {
                    // A Chinese organisation name: its words (Text/Data/chinese_org_words.tsv), the rest in pinyin.
                    Flush();
                    var cut = Scripts.ChineseWords.Cut(text, i, output);
                    if (cut > 0) { i += cut; continue; }
                }
                if (start >= 0 && hanRun == 0) Flush();
                if (start < 0) start = i;
                AppendTransliterated(sb, rune);
                hanRun++;
                i += width;
                end = i;
                // A Han name written without a space: the first character is the family name.
                var previousIsHan = i - width - 1 >= 0 && NextIsHan(text, i - width - 1);
                if (hanRun == 1 && !previousIsHan && NextIsHan(text, i) && HanRunLength(text, i) is >= 1 and <= 3) { Flush(); }
                continue;
            }

            if (hanRun > 0) Flush();
            // Japanese writes no spaces: where hiragana (the grammar: の, は) meets katakana (a foreign name) a word ends
            // (ベラルーシのアレクサンドル = ベラルーシ の アレクサンドル). The long-vowel mark ー goes with either.
            var kana = KanaKind(v);
            if (kana != 0 && start >= 0 && end > 0 && KanaKind(text[end - 1]) is var before && before != 0 && before != kana) Flush();
            var opens = start < 0;
            if (start < 0) start = i;
            if (isAbjad) abjad = true;
            if (Scripts.Hebrew.IsLetter(v)) Scripts.Hebrew.Append(sb, text, i, opens); // consonants as English spellings write them
            else if (isAbjad && Scripts.ArabicScript.InPersian(text, i) is { } persian) sb.Append(persian); // جواد ظریف Javad Zarif
            else if (!(isAbjad && Scripts.ArabicScript.IsSilentEnding(text, i)))
            {
                if (Scripts.Indic.WithNukta(text, i) is { } nukta) AppendTransliterated(sb, new Rune(nukta)); // ज़िया ziya
                else AppendTransliterated(sb, rune); // فاطمة Fatima
                if (Scripts.Indic.InherentVowelAfter(text, i)) sb.Append('a'); // संजय sanjay, not snjy
            }
            i += width;
            end = i;
        }
        Flush();

        void Flush()
        {
            if (sb.Length > 0 && start >= 0)
            {
                output.Add(new RawToken(sb.ToString(), start, end, abjad));
            }
            sb.Clear();
            start = -1;
            end = -1;
            abjad = false;
            hanRun = 0;
        }
    }

    /// <summary>Normalises a whole string to its words joined by single spaces (for display, tests and keys).</summary>
    public static string Normalize(string text)
    {
        var tokens = new List<RawToken>();
        Tokenize(text, tokens);
        return string.Join(' ', tokens.Select(t => t.Text));
    }

    /// <summary>
    /// Joins letters written with a dot after each and no space between (<c>G.m.b.H.</c>, <c>S.R.L.</c>, <c>A.B.C.</c>)
    /// into one word (<c>gmbh</c>, <c>srl</c>, <c>abc</c>), as the same abbreviation written without dots reads.
    /// With <paramref name="accept"/>, only runs whose joined word it accepts are joined (a person's <c>J.R.</c> stays
    /// two initials unless the caller asks otherwise).
    /// </summary>
    public static void JoinDottedLetters(string text, List<RawToken> tokens, Func<string, bool>? accept) =>
        JoinLetterRuns(text, tokens, DottedNext, (letters, _) => accept is null || accept(letters) ? letters.Length : 0);

    /// <summary>Joins runs of two or more single letters written apart with spaces only (<c>A W A Engineering</c>, as a
    /// system that replaces punctuation with spaces writes <c>A.W.A. Engineering</c>) into the word they spell. For the
    /// names of organisations and vessels: in a person's name such letters are initials. A run that closes the name and
    /// ends in letters spelling a legal form (<paramref name="isForm"/>, longest first) ends before them, as the dotted
    /// forms do (<c>U M V S A</c> = U.M.V. S.A.: umv + sa; <c>C I S A S</c>: ci + sas). Without the punctuation that cannot
    /// be told from an acronym that ends in such letters (<c>H L P</c> = H.L.P., read h + lp).</summary>
    public static void JoinSpacedLetters(string text, List<RawToken> tokens, Func<string, bool> isForm) =>
        JoinLetterRuns(text, tokens, SpacedNext, (letters, closesName) =>
        {
            // Only a run that closes the name: a legal form closes it (T E G Limited is T.E.G.).
            for (var form = letters.Length - 1; form >= 2 && closesName; form--)
                if (isForm(letters[^form..])) return letters.Length - form;
            return letters.Length;
        });

    /// <summary>One walk for both kinds of letter runs: <paramref name="joins"/> says whether two tokens are single letters
    /// of one run, <paramref name="firstWord"/> how many of a run's letters (given whether the run closes the name) make
    /// the first word: all of them, fewer (the rest is a second word), or none (the letters stay as written).</summary>
    private static void JoinLetterRuns(string text, List<RawToken> tokens, Func<string, RawToken, RawToken, bool> joins,
        Func<string, bool, int> firstWord)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var run = 1;
            while (i + run < tokens.Count && joins(text, tokens[i + run - 1], tokens[i + run])) run++;
            if (run < 2) continue;
            var letters = string.Concat(tokens.GetRange(i, run).Select(t => t.Text));
            var name = firstWord(letters, i + run == tokens.Count);
            if (name == 0) { i += run - 1; continue; }
            var end = i + run;
            tokens[i] = new RawToken(letters[..name], tokens[i].Start, tokens[i + name - 1].End, false);
            var kept = name < run ? 2 : 1;
            if (kept == 2) tokens[i + 1] = new RawToken(letters[name..], tokens[i + name].Start, tokens[end - 1].End, false);
            tokens.RemoveRange(i + kept, run - kept);
            i += kept - 1;
        }
    }

    private static bool SingleLetters(RawToken a, RawToken b) =>
        a.Text.Length == 1 && b.Text.Length == 1 && char.IsAsciiLetter(a.Text[0]) && char.IsAsciiLetter(b.Text[0]);

    // "g" "." "m": one letter, a dot right after it, and the next one letter right after the dot
    private static bool DottedNext(string text, RawToken a, RawToken b) =>
        SingleLetters(a, b) && a.End < text.Length && text[a.End] == '.' && b.Start == a.End + 1;

    // "a" " " "w": one letter, then only spaces, then the next one letter
    private static bool SpacedNext(string text, RawToken a, RawToken b) =>
        SingleLetters(a, b) && b.Start > a.End && text.AsSpan(a.End, b.Start - a.End).IsWhiteSpace();

    private static bool IsPossessive(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    private static bool IsApostrophe(int v) => v is '\'' or '`' or 0x2019 or 0x2018 or 0x02BC or 0x02BB or 0x02BF or 0x02BE or 0x00B4 or 0x2032
        or 0x05F3; // Hebrew geresh: ג׳ורג׳ George is one word

    private static bool IsArabicArticle(string text, int i) =>
        i + 3 < text.Length && text[i] == '\u0627' && text[i + 1] == '\u0644'
        && Rune.TryGetRuneAt(text, i + 2, out var r) && Rune.IsLetter(r);

    /// <summary>The character at <paramref name="i"/> is a Han character (CJK Unified Ideographs and Extension A).</summary>
    internal static bool NextIsHan(string text, int i) =>
        i < text.Length && text[i] is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static int KanaKind(int v) => Scripts.Kana.IsHiragana(v) ? 1 : Scripts.Kana.IsKatakanaLetter(v) ? 2 : 0;

    private static int HanRunLength(string text, int i)
    {
        var n = 0;
        while (i + n < text.Length && text[i + n] is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') n++;
        return n;
    }

    /// <summary>Appends the AnyAscii transliteration of <paramref name="rune"/>: its letters lower-cased and its digits.</summary>
    internal static void AppendTransliterated(StringBuilder sb, Rune rune)
    {
        foreach (var b in AnyAscii.Transliteration.Transliterate(rune))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
    }
}
