namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>One parser under fuzzing: its name, its seed corpus and the check run on each input.</summary>
/// <param name="Name">Shown in the figures (<c>list:ofac-sdn</c>, <c>mt103</c>).</param>
/// <param name="Corpus">Seed entries, read at test time from shared/data and small fixtures.</param>
/// <param name="Check">Runs the parser on the mutated entry; returns how the input was taken when it was accepted, or refused with
/// the documented error naming its place, and throws anything else (the parser's own exception, or a <see cref="FuzzFailureException"/>).</param>
/// <param name="Known">Crashes already reported and awaiting a fix in code this project does not own; counted, not failed.</param>
public sealed record FuzzTarget(string Name, IReadOnlyList<CorpusEntry> Corpus, Func<CorpusEntry, Outcome> Check, IReadOnlyList<KnownCrash>? Known = null);
