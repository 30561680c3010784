using Credentials.TestKit.Fuzzing;

namespace Credentials.Verifier.Tests.Fuzzing;

/// <summary>
/// "No crash, ever" (issue 13 item 2), bytes: every sample and fixture, its bytes flipped, truncated, duplicated,
/// deleted or extended at every layer (the input, a JWS's decoded header and payload, JSON inside JSON strings), gives a
/// report and never an exception; a change to a signed segment never verifies. <see cref="MutationGen.CasesPerSeed"/>
/// cases per seed.
/// </summary>
public sealed class ByteFuzzTests
{
    public static TheoryData<string> Seeds => new(FuzzCorpus.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void VerifyAsync_ByteMutationsOfSeed_ReturnsReportNeverThrows(string seed) =>
        FuzzVerifiers.Check(FuzzCorpus.Named(seed), MutationGen.Bytes());
}
