using Credentials.TestKit.Fuzzing;

namespace Credentials.Verifier.Tests.Fuzzing;

/// <summary>
/// "No crash, ever" (issue 13 item 2), JSON: in every sample and fixture, at every JSON layer, one value replaced by a
/// value of every JSON type (and by 10,000 nested arrays or objects), a string broken with invalid UTF-8, a lone
/// surrogate or a control sequence, a member removed or repeated: a report, never an exception.
/// <see cref="MutationGen.CasesPerSeed"/> cases per seed.
/// </summary>
public sealed class JsonFuzzTests
{
    public static TheoryData<string> Seeds => new(FuzzCorpus.All.Select(s => s.Name));

    public static TheoryData<string> Tokens => new(FuzzCorpus.All.Where(s => s.Name.EndsWith(".jwt", StringComparison.Ordinal)).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void VerifyAsync_JsonMutationsOfSeed_ReturnsReportNeverThrows(string seed) =>
        FuzzVerifiers.Check(FuzzCorpus.Named(seed), MutationGen.Json());

    /// <summary>The same mutations signed again with the key the header names, so they pass the signature and reach every later check.</summary>
    [Theory]
    [MemberData(nameof(Tokens))]
    public void VerifyAsync_SignedJsonMutationsOfToken_ReturnsReportNeverThrows(string seed) =>
        FuzzVerifiers.Check(FuzzCorpus.Named(seed), MutationGen.Json(), FuzzSigner.Resign);
}
