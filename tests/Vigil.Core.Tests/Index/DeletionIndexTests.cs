using Vigil.Core.Index;
using Vigil.Core.Similarity;

namespace Vigil.Core.Tests.Index;

public sealed class DeletionIndexTests
{
    private static List<int> Find(DeletionIndex index, string word, int edits, int vocabulary)
    {
        var found = new List<int>();
        index.Candidates(word, edits, new int[vocabulary], [], found);
        return found;
    }

    [Theory]
    [InlineData("maduro", "madruo")]   // adjacent swap
    [InlineData("maduro", "madura")]   // substitution
    [InlineData("maduro", "madur")]    // deletion
    [InlineData("maduro", "mmaduro")]  // insertion
    [InlineData("maduro", "mduor")]    // two edits
    [InlineData("hassan", "hasan")]    // a double letter written once
    public void Finds_a_word_within_the_edits(string listed, string query)
    {
        var index = DeletionIndex.Build([listed, "zzzzzz"], _ => 2);

        Assert.Equal([0], Find(index, query, 2, 2));
    }

    [Fact]
    public void Leaves_out_words_beyond_the_edits_and_words_given_no_budget()
    {
        var index = DeletionIndex.Build(["maduro", "madura", "mandela"], i => i == 1 ? 0 : 1);

        Assert.Equal([0], Find(index, "maduro", 1, 3));   // madura has no budget; mandela is 2+ edits away
    }

    [Theory]
    [InlineData(3000, 2000)]   // few entries: small buckets, 16 fingerprint bits below them
    [InlineData(25000, 200)]   // over a million entries: the fingerprint overlaps the bucket bits
    public void Never_misses_a_word_within_the_edits_over_random_words(int count, int trials)
    {
        // The filter's promise: every listed word within OSA distance k of the query is a candidate.
        var random = new Random(20261130);
        var words = Enumerable.Range(0, count).Select(_ => RandomWord(random, random.Next(4, 14))).Distinct().ToArray();
        var index = DeletionIndex.Build(words, _ => 2);
        Assert.InRange(index.EntryCount, count, int.MaxValue);
        for (var trial = 0; trial < trials; trial++)
        {
            var target = random.Next(words.Length);
            var query = Mutate(random, words[target], random.Next(0, 3));
            var found = Find(index, query, 2, words.Length);
            for (var w = 0; w < words.Length; w++)
                if (EditDistance.DistanceWithin(query, words[w], 2) <= 2)
                    Assert.True(found.Contains(w), $"'{words[w]}' is within 2 edits of '{query}' but was not found");
        }
    }

    private static string RandomWord(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => "aeioumnrstlkhd"[random.Next(14)])]);

    private static string Mutate(Random random, string word, int edits)
    {
        var chars = word.ToList();
        for (var e = 0; e < edits && chars.Count > 2; e++)
        {
            var at = random.Next(chars.Count - 1);
            switch (random.Next(4))
            {
                case 0: chars[at] = "aeioumnrstlkhd"[random.Next(14)]; break;
                case 1: chars.RemoveAt(at); break;
                case 2: chars.Insert(at, "aeioumnrstlkhd"[random.Next(14)]); break;
                default: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }
        return new string([.. chars]);
    }
}
