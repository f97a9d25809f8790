namespace Vigil.Fuzz.Tests.Fuzzing;

/// <summary>
/// A crash the fuzzer found in code another change owns, kept visible until it is fixed: inputs that hit it are counted and
/// named in the figures ("known"), not failures, so the other targets keep guarding; its regression test (named here) holds the
/// fixed behaviour and is skipped until then. Remove the entry when the fix lands.
/// </summary>
/// <param name="Name">Short name shown in the figures.</param>
/// <param name="RegressionTest">The skipped test that reproduces it.</param>
/// <param name="Matches">True for the exception this crash throws.</param>
public sealed record KnownCrash(string Name, string RegressionTest, Func<Exception, bool> Matches);
