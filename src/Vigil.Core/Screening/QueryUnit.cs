using Vigil.Core.Text;

namespace Vigil.Core.Screening;

/// <summary>A query word (or two adjacent query words written together) with its keys and weight.</summary>
internal sealed record QueryUnit(string Text, TokenClass Class, bool Abjad, float Weight, int Position, int Span)
{
    public string Phonetic { get; } = PhoneticKey.Of(Text);
    public string Skeleton { get; } = PhoneticKey.Skeleton(Text);
    public bool IsPair => Span == 2;
    public bool HasDigits { get; } = Text.AsSpan().ContainsAnyInRange('0', '9');
    /// <summary>The word is one the tables fold spellings to (<c>aviation</c>, <c>shipping</c>): a known word, never a
    /// misspelling of another word's spelling.</summary>
    public bool IsFoldTarget { get; } = ReferenceData.Instance.FoldTargets.Contains(Text);
    /// <summary>The last word of a long name that may have been cut at a field's end (<see cref="PreparedQuery.Cut"/>): it
    /// also pairs with a longer word it begins (<c>inter</c> / INTERNACIONAL).</summary>
    public bool Cut { get; init; }

    /// <summary>For a word written in kana, its loanword key (<see cref="Text.Scripts.Kana"/>): <c>トランプ</c> → trmp, as
    /// TRUMP's. Null for other words.</summary>
    public string? KanaKey { get; init; }

    /// <summary>For a kana word with ティ or ディ, its loanword key with those read as チ and ジ, the older rendering of a
    /// soft t or d (<c>ウォロディミル</c> as VOLODYMYR's <c>brJmr</c>); null otherwise.</summary>
    public string? KanaSoftKey { get; init; }

    /// <summary>For a word written in kana, whether it starts with a vowel (エ, ア, ウ…), as the Latin spelling of the same
    /// name does (an initial v or w before a consonant counting as the vowel u: ウラジーミル VLADIMIR).</summary>
    public bool KanaVowelStart { get; init; }

    /// <summary>For a word written in kana, its vowels (<see cref="Text.Scripts.Kana.Vowels"/>), which a short key must agree on.</summary>
    public string? KanaVowels { get; init; }

    /// <summary>This unit with the kana keys of a word whose Hepburn reading is <paramref name="hepburn"/>.</summary>
    public QueryUnit WithKana(string hepburn)
    {
        var (key, soft) = global::Vigil.Core.Text.Scripts.Kana.KeysOfKana(hepburn);
        return this with
        {
            KanaKey = key,
            KanaSoftKey = soft,
            KanaVowelStart = hepburn.Length > 0 && global::Vigil.Core.Text.Scripts.Kana.StartsWithVowel(hepburn, kana: true),
            KanaVowels = global::Vigil.Core.Text.Scripts.Kana.Vowels(hepburn, kana: true),
        };
    }

    private KeyIds? _keys;

    /// <summary>The numbers of this unit's phonetic key and skeleton in <paramref name="vocabulary"/> (-1: no word has it), remembered.</summary>
    public (int Phonetic, int Skeleton) KeyIdsIn(Index.Vocabulary vocabulary)
    {
        var keys = _keys;
        if (keys is null || !ReferenceEquals(keys.Vocabulary, vocabulary))
            _keys = keys = new KeyIds(vocabulary, vocabulary.PhoneticIdOf(Phonetic), vocabulary.SkeletonIdOf(Skeleton));
        return (keys.Phonetic, keys.Skeleton);
    }

    // One object, so a unit shared between threads never pairs one vocabulary with another's numbers.
    private sealed record KeyIds(Index.Vocabulary Vocabulary, int Phonetic, int Skeleton);
}
