using Credentials.TestKit;
using Credentials.TestKit.Fuzzing;
using Credentials.Verifier.Presentations;
using Credentials.Verifier.Reports;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Fuzzing;

/// <summary>The public entry points as the CLI and the service call them, and what every answer must look like.</summary>
internal static class FuzzVerifiers
{
    private static readonly TimeProvider Clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero));

    public static CredentialVerifier Credentials { get; } = VerifierFactory.Create(Clock);

    public static PresentationVerifier Presentations { get; } = new(Credentials, Clock, TestKeys.DidDocuments);

    /// <summary>Runs <see cref="Holds"/> over <see cref="MutationGen.CasesPerSeed"/> mutations of <paramref name="seed"/>.</summary>
    public static void Check(FuzzSeed seed, Gen<Mutation> mutations, Func<MutatedInput, MutatedInput>? then = null)
    {
        var inputs = mutations.Select(m => (then ?? (i => i))(m.Apply(seed))).ToArbitrary();

        var property = Prop.ForAll(inputs, input => Holds(seed, input));

        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(MutationGen.CasesPerSeed).WithQuietOnSuccess(true), property);
    }

    /// <summary>
    /// Verifies the input as the CLI routes it (a presentation when it looks like one or was one before the mutation)
    /// and checks the report; throws, with the mutation in the message, when the verifier threw or the report is wrong.
    /// </summary>
    public static bool Holds(FuzzSeed seed, MutatedInput input)
    {
        try
        {
            if (seed.IsPresentation || PresentationVerifier.LooksLikePresentation(input.Bytes))
            {
                var presented = Presentations.VerifyAsync(input.Bytes, new PresentationExpectations(FuzzCorpus.Challenge, null)).GetAwaiter().GetResult();
                Sound(presented.Checks.Concat(presented.Credentials.SelectMany(c => c.Report.Checks)).ToList(), presented.Verdict, input);
            }

            var report = Credentials.VerifyAsync(input.Bytes).GetAwaiter().GetResult();
            Sound(report.Checks, report.Verdict, input);
            return true;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"The verifier threw {e.GetType().Name} for {input}: {e}");
        }
    }

    private static void Sound(IReadOnlyList<CheckResult> checks, Verdict verdict, MutatedInput input)
    {
        checks.Should().NotBeEmpty(input.Description);
        checks.Should().OnlyContain(c => c.Code.Length > 0 && c.Message.Length > 0 && !c.Message.Contains("   at ", StringComparison.Ordinal), input.Description);
        Enum.IsDefined(verdict).Should().BeTrue(input.Description);
        if (input.ChangesSignedBytes)
        {
            verdict.Should().NotBe(Verdict.Verified, "the mutation changed signed bytes: " + input.Description);
        }
    }
}
