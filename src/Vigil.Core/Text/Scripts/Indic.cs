namespace Vigil.Core.Text.Scripts;

/// <summary>The scripts of India that share the ISCII layout (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
/// Telugu, Kannada, Malayalam: one 128-character Unicode block each, the same letter at the same offset), read as the
/// Hunterian transliteration (the Government of India's system for names and places) writes names in Latin letters.
/// AnyAscii reads them letter by letter: no inherent vowel (संजय snjy) and the anusvara always m (चंपारण cmprn).</summary>
/// <remarks>
/// <para>A consonant with no vowel sign, virama or nukta after it carries the inherent vowel a (संजय sanjay). At the end
/// of a word, Hindi, Punjabi, Gujarati and Bengali do not say it after a single consonant (संजय Sanjay, मंगल Mangal, সেন Sen),
/// and do after a conjunct (नरेन्द्र Narendra); Oriya and the Dravidian languages say it (the final
/// schwa deletion of Hindi phonology: Ohala, <i>Aspects of Hindi Phonology</i>, 1983). Schwa deletion inside a word is
/// not modelled: the matcher's typo tolerance takes <c>kamala</c> for Kamla.</para>
/// <para>Bengali says its inherent vowel ô; Hunterian and the names' own spellings write it a (মমতা Mamata, অমর্ত্য Amartya),
/// a place's modern spelling often o (কলকাতা Kolkata, which is read kalakata and missed).</para>
/// <para>The anusvara (ं ং ਂ ં ଂ ం ಂ ം) and Gurmukhi's tippi (ੰ) before a consonant stand for the nasal of its class:
/// m before a labial, n before the others (संजय Sanjay, चंपारण Champaran, सिंह Sinh, చంద్రబాబు Chandrababu).</para>
/// </remarks>
internal static class Indic
{
    private const int First = 0x0900, Last = 0x0D7F;
    private const int Anusvara = 0x02, Tippi = 0x0A70, Nukta = 0x3C, Virama = 0x4D;
    // Offsets in every block: consonants ka–ha, then the nukta forms; vowel signs aa–au; the labials pa–ma.
    private const int FirstConsonant = 0x15, LastConsonant = 0x39, FirstNuktaForm = 0x58, LastNuktaForm = 0x5F;
    private const int FirstVowelSign = 0x3E, LastVowelSign = 0x4C;
    private const int FirstLabial = 0x2A, LastLabial = 0x2E;
    // Blocks whose languages drop a word's final inherent vowel: Devanagari, Bengali, Gurmukhi, Gujarati.
    private const int Devanagari = 0x0900, Bengali = 0x0980, Gurmukhi = 0x0A00, Gujarati = 0x0A80;

    /// <summary>The Latin nasal the anusvara or tippi at <paramref name="i"/> stands for before the consonant after it in
    /// the same block; null when the character is none or no consonant follows (then it is read as written).</summary>
    public static char? NasalBefore(string text, int i)
    {
        var c = text[i];
        if (!Holds(c) || ((c & 0x7F) != Anusvara && c != Tippi) || i + 1 >= text.Length) return null;
        var next = text[i + 1];
        if (Block(next) != Block(c) || !IsConsonant(next)) return null;
        return (next & 0x7F) is >= FirstLabial and <= LastLabial ? 'm' : 'n';
    }

    /// <summary>Whether the consonant at <paramref name="i"/> carries the inherent vowel: no vowel sign or virama follows
    /// it (after a nukta, if any), and it does not end a word of a language that drops the final one.</summary>
    public static bool InherentVowelAfter(string text, int i)
    {
        var c = text[i];
        if (!Holds(c) || !IsConsonant(c)) return false;
        var block = Block(c);
        var next = i + 1;
        if (next < text.Length && Block(text[next]) == block && (text[next] & 0x7F) == Nukta) next++;
        if (next < text.Length && Block(text[next]) == block)
        {
            var offset = text[next] & 0x7F;
            if (offset is >= FirstVowelSign and <= LastVowelSign || offset == Virama) return false;
            if (IsConsonant(text[next]) || offset == Anusvara || text[next] == Tippi) return true;
        }
        // The word ends (or a sign that is no letter follows): after a single consonant, the languages of the north drop it.
        var conjunct = i >= 2 && Block(text[i - 1]) == block && (text[i - 1] & 0x7F) == Virama;
        return conjunct || block is not (Devanagari or Bengali or Gurmukhi or Gujarati);
    }

    /// <summary>The letter with its nukta when the next character of <paramref name="text"/> after <paramref name="i"/> is
    /// the nukta that makes a sound of Persian, Arabic or English from it: ज़ z, फ़ f, क़ q, ख़ kh, ग़ gh (Devanagari; also
    /// Bengali ড় য় and Gurmukhi ਜ਼ ਫ਼ ਖ਼ ਗ਼). Unicode keeps these decomposed (they are composition exclusions), and AnyAscii
    /// reads the letter and the nukta apart (ज़िया jiya, not Zia). Null otherwise.</summary>
    public static char? WithNukta(string text, int i)
    {
        if (i + 1 >= text.Length || !Holds(text[i]) || (text[i + 1] & 0x7F) != Nukta || Block(text[i + 1]) != Block(text[i])) return null;
        return text[i] switch
        {
            '\u0915' => '\u0958', '\u0916' => '\u0959', '\u0917' => '\u095A', '\u091C' => '\u095B',
            '\u0921' => '\u095C', '\u0922' => '\u095D', '\u092B' => '\u095E', '\u092F' => '\u095F',
            '\u09A1' => '\u09DC', '\u09A2' => '\u09DD', '\u09AF' => '\u09DF',
            '\u0A16' => '\u0A59', '\u0A17' => '\u0A5A', '\u0A1C' => '\u0A5B', '\u0A2B' => '\u0A5E',
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="c"/> is a character of one of these scripts.</summary>
    public static bool Holds(char c) => c is >= (char)First and <= (char)Last;

    private static int Block(char c) => Holds(c) ? c & ~0x7F : -1;

    private static bool IsConsonant(char c)
    {
        var offset = c & 0x7F;
        return offset is >= FirstConsonant and <= LastConsonant or >= FirstNuktaForm and <= LastNuktaForm;
    }
}
