using Credentials.TestKit.Fuzzing;
using Credentials.Verifier.Reports;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Fuzzing;

/// <summary>
/// Remembered structural verdicts never change a report (issue 19 item 2): every sample and fixture, and
/// <see cref="MutationGen.CasesPerSeed"/> JSON mutations of each (signed again, so they reach the schema check), are
/// verified by one verifier whose memory holds everything seen so far, twice, and by a verifier with no memory; the
/// three reports must be identical, check by check.
/// </summary>
public sealed class StructureMemoryDifferentialTests
{
    private static readonly TimeProvider Clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero));

    // Shared by every case of every seed, so a wrong hit between different credentials would show.
    private static readonly CredentialVerifier Remembering = VerifierFactory.Create(Clock, options: new VerifierOptions { StructureMemory = new StructureMemory(capacity: 1_000_000) });

    private static readonly CredentialVerifier Plain = VerifierFactory.Create(Clock, options: new VerifierOptions { StructureMemory = null });

    public static TheoryData<string> Seeds => new(FuzzCorpus.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void VerifyAsync_SeedItself_SameReportWithAndWithoutMemory(string seed) =>
        Same(FuzzCorpus.Named(seed).Bytes, seed).Should().BeTrue();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void VerifyAsync_SignedJsonMutations_SameReportWithAndWithoutMemory(string seed)
    {
        var origin = FuzzCorpus.Named(seed);
        var inputs = MutationGen.Json().Select(m => FuzzSigner.Resign(m.Apply(origin))).ToArbitrary();

        var property = Prop.ForAll(inputs, input => Same(input.Bytes, input.Description));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MutationGen.CasesPerSeed).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public async Task VerifyAsync_SameCredentialTwice_SecondComesFromMemory()
    {
        var memory = new StructureMemory();
        var verifier = VerifierFactory.Create(Clock, options: new VerifierOptions { StructureMemory = memory });
        var token = await File.ReadAllTextAsync(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt"));

        var first = await verifier.VerifyAsync(token);
        var held = memory.Count;
        var second = await verifier.VerifyAsync(token);

        held.Should().Be(1);
        memory.Count.Should().Be(1);
        second.Checks.Should().BeEquivalentTo(first.Checks, o => o.WithStrictOrdering());
    }

    private static bool Same(byte[] bytes, string description)
    {
        var plain = Plain.VerifyAsync(bytes).GetAwaiter().GetResult();
        var cold = Remembering.VerifyAsync(bytes).GetAwaiter().GetResult();
        var warm = Remembering.VerifyAsync(bytes).GetAwaiter().GetResult();
        foreach (var remembered in new[] { cold, warm })
        {
            remembered.Verdict.Should().Be(plain.Verdict, description);
            // Member by member (a result's explanations are a dictionary, equal by content, not by reference).
            remembered.Checks.Should().BeEquivalentTo(plain.Checks, o => o.WithStrictOrdering(), description);
        }

        return true;
    }
}
