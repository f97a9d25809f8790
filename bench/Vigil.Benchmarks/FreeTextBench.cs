using BenchmarkDotNet.Attributes;
using Vigil.Core.FreeText;
using Vigil.Core.Index;
using Vigil.Core.Screening;

namespace Vigil.Benchmarks;

/// <summary>
/// Free-text screening of about 1 MB of generated English news (<c>scripts/perf/gen_news.py</c>'s recipe, seed 7) over
/// OFAC SDN 2021-07 + UN: one <see cref="FreeTextScreener.Find"/> per operation, on one thread. Throughput in MB/s per core
/// is 1 / (mean seconds) for the 1 MB text.
/// </summary>
/// <remarks>The text is generated in-process by <see cref="NewsText"/> so the benchmark needs no file; the lists are parsed and
/// the index built once, in <see cref="Setup"/>.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FreeTextBench
{
    private FreeTextScreener _screener = null!;
    private string _text = "";
    private string _article = "";

    [GlobalSetup]
    public void Setup()
    {
        _screener = new FreeTextScreener(new Screener(ScreeningIndex.Build(BenchData.ParseLists())));
        _text = NewsText.Generate(1_000_000, seed: 7);
        _article = File.ReadAllText(BenchData.DataPath("text/ceiec-designation-news.txt"));
        Console.WriteLine($"// 1 MB news: {_screener.Find(_text).Count} mentions; article: {_screener.Find(_article).Count} mentions");
    }

    /// <summary>About 1 MB (1,000,000 UTF-16 characters) of generated news.</summary>
    [Benchmark]
    public int News1MB() => _screener.Find(_text).Count;

    /// <summary>The 2.6 KB CEIEC designation article.</summary>
    [Benchmark]
    public int CeiecArticle() => _screener.Find(_article).Count;
}

/// <summary>English news-like text: common words, people, places, institutions and companies, now and then a listed name.</summary>
internal static class NewsText
{
    private static readonly string[] Common = ("the of and to in a is that for on was with as by it at from his her their an have has be are were said would "
        + "will not but after which who this been more than they also year new government people two first over its when into last could time about "
        + "some there other talks officials percent state against country week while minister police since made market city under economy report "
        + "during before public president military between million trade told security years three where policy most foreign department support "
        + "deal should billion forces agreement leaders statement including found being election national months international workers prices "
        + "companies rates growth bank court plan service health news water energy sanctions attack border region ministry spokesman oil power "
        + "family children women local group party members early later according many several announced expected reported warned added agency "
        + "investigation data financial increase system program weapons nuclear").Split(' ');
    private static readonly string[] Given = "John Mary Ahmed Maria Wei Olga Carlos Fatima Peter Anna Ivan Li Sofia David Omar Elena James Yusuf Chen Laura".Split(' ');
    private static readonly string[] Surnames = "Smith Johnson Garcia Rodriguez Wang Zhang Ivanov Petrov Hassan Khan Müller Schmidt Rossi Silva Kim Park Nguyen Lopez Brown Martin".Split(' ');
    private static readonly string[] Syllables = "ka ro mi ta ven lor bak sha dri po len tu var ek sim hol gra nes bel dor fa zin qua mel".Split(' ');
    private static readonly string[] Places = ("Washington London Paris Berlin Moscow Beijing Tehran Caracas Havana Damascus Kabul Baghdad Brussels Geneva Tokyo "
        + "Seoul Ankara Cairo Riyadh Dubai Mexico Brazil Germany France China Russia Iran Venezuela Syria Cuba Ukraine").Split(' ');
    private static readonly string[] Institutions = ["Ministry of Finance", "Central Bank", "Foreign Ministry", "Treasury Department", "European Union",
        "United Nations", "World Bank", "National Oil Company", "Supreme Court", "Security Council", "Federal Reserve", "State Department"];
    private static readonly string[] Suffixes = ["Holdings", "Group", "Trading", "Bank", "Ltd"];
    private static readonly string[] Listed = ["Nicolas Maduro", "CEIEC", "Kim Jong Un", "Bank Melli Iran", "Oleg Deripaska", "Ayman al-Zawahiri",
        "Petroleos de Venezuela", "Islamic Revolutionary Guard Corps", "Hizballah", "Mahan Air"];

    public static string Generate(int characters, int seed)
    {
        var rng = new Random(seed);
        var sb = new System.Text.StringBuilder(characters + 1000);
        while (sb.Length < characters)
        {
            var sentences = rng.Next(3, 7);
            for (var s = 0; s < sentences; s++)
            {
                var words = new List<string>();
                for (var i = rng.Next(12, 29); i > 0; i--) words.Add(Common[rng.Next(Common.Length)]);
                for (var i = rng.Next(1, 4); i > 0; i--) words.Insert(rng.Next(words.Count), Proper(rng));
                var sentence = string.Join(' ', words);
                sb.Append(char.ToUpperInvariant(sentence[0])).Append(sentence, 1, sentence.Length - 1).Append(". ");
            }
            sb.Append("\n\n");
        }
        return sb.ToString(0, characters);
    }

    private static string Proper(Random rng)
    {
        var r = rng.NextDouble();
        if (r < 0.25) return $"{Given[rng.Next(Given.Length)]} {Surnames[rng.Next(Surnames.Length)]}";
        if (r < 0.45) return $"{Given[rng.Next(Given.Length)]} {MadeUp(rng)}";
        if (r < 0.70) return Places[rng.Next(Places.Length)];
        if (r < 0.90) return Institutions[rng.Next(Institutions.Length)];
        if (r < 0.97) return MadeUp(rng) + " " + Suffixes[rng.Next(Suffixes.Length)];
        return Listed[rng.Next(Listed.Length)];
    }

    private static string MadeUp(Random rng)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = rng.Next(2, 5); i > 0; i--) sb.Append(Syllables[rng.Next(Syllables.Length)]);
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }
}
