using System.Text;
using System.Text.Unicode;
using Credentials.Proofs.Jws;
using Credentials.TestKit.Fuzzing;
using Credentials.Verifier.Reports;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Fuzzing;

/// <summary>
/// A compact JWS handed in as bytes is read in place, never as a string (issue 19: allocation per verification): the
/// reports must not change. Over every sample and fixture, and <see cref="MutationGen.CasesPerSeed"/> byte mutations
/// of each: the string API and the byte API give the same report JSON (fi and en, content included); the bytes read
/// in place and the same bytes forced through the text reader (a trailing no-break space, which only the text reader
/// trims) give the same report JSON; and the JWS parser answers the same from bytes as from text.
/// </summary>
public sealed class ByteInputDifferentialTests
{
    private static readonly TimeProvider Clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero));

    private static readonly CredentialVerifier Verifier = VerifierFactory.Create(Clock);

    // U+00A0: whitespace to string.Trim, not ASCII, so the in-place reader leaves such input to the text reader.
    private static readonly byte[] NoBreakSpace = [0xC2, 0xA0];

    public static TheoryData<string> Seeds => new(FuzzCorpus.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task VerifyAsync_StringAndBytesOfSeed_SameReportJson(string seed)
    {
        var bytes = FuzzCorpus.Named(seed).Bytes;
        Utf8.IsValid(bytes).Should().BeTrue("every seed is UTF-8 text, so the string API can be handed it");

        var fromText = await Verifier.VerifyAsync(Encoding.UTF8.GetString(bytes));
        var fromBytes = await Verifier.VerifyAsync(bytes);

        Json(fromBytes).Should().Be(Json(fromText));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task VerifyAsync_SeedInPlaceAndThroughTextReader_SameReportJson(string seed)
    {
        var bytes = FuzzCorpus.Named(seed).Bytes;

        var inPlace = await Verifier.VerifyAsync(bytes);
        var throughText = await Verifier.VerifyAsync(bytes.Concat(NoBreakSpace).ToArray());

        Json(throughText).Should().Be(Json(inPlace));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void VerifyAsync_ByteMutationsInPlaceAndThroughTextReader_SameReportJson(string seed)
    {
        var origin = FuzzCorpus.Named(seed);
        var inputs = MutationGen.Bytes().Select(m => m.Apply(origin)).ToArbitrary();

        var property = Prop.ForAll(inputs, input => SameThroughText(input));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MutationGen.CasesPerSeed).WithQuietOnSuccess(true), property);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TryParse_ByteMutationsAsBytesAndAsText_SameAnswer(string seed)
    {
        var origin = FuzzCorpus.Named(seed);
        var inputs = MutationGen.Bytes().Select(m => m.Apply(origin)).ToArbitrary();

        var property = Prop.ForAll(inputs, input => SameParse(input));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(MutationGen.CasesPerSeed).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public async Task Content_ReadWhenAsked_EqualsAcrossReportsOfSameToken()
    {
        var token = await File.ReadAllBytesAsync(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt"));

        var first = await Verifier.VerifyAsync(token);
        var second = await Verifier.VerifyAsync(token);

        first.Content.Should().NotBeNull();
        first.Content!.MicroCredential.Should().NotBeNull();
        first.Content.Should().BeSameAs(first.Content, "the content is read once and kept");
        first.Content.Should().BeEquivalentTo(second.Content);
    }

    private static bool SameThroughText(MutatedInput input)
    {
        var inPlace = Verifier.VerifyAsync(input.Bytes).GetAwaiter().GetResult();
        var throughText = Verifier.VerifyAsync(input.Bytes.Concat(NoBreakSpace).ToArray()).GetAwaiter().GetResult();
        Json(throughText).Should().Be(Json(inPlace), input.Description);
        return true;
    }

    private static bool SameParse(MutatedInput input)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(input.Bytes);
        }
        catch (DecoderFallbackException)
        {
            return true; // no text to compare with; the byte reader's own answer is checked by the report tests
        }

        using var fromText = CompactJws.TryParse(text, out var textError, out CompactJwsProblem textProblem);
        using var fromBytes = CompactJws.TryParse(input.Bytes, out var bytesError, out CompactJwsProblem bytesProblem);
        bytesError.Should().Be(textError, input.Description);
        bytesProblem.Should().Be(textProblem, input.Description);
        (fromBytes is null).Should().Be(fromText is null, input.Description);
        if (fromBytes is not null && fromText is not null)
        {
            fromBytes.Token.Should().Be(fromText.Token, input.Description);
            fromBytes.Header.RootElement.GetRawText().Should().Be(fromText.Header.RootElement.GetRawText(), input.Description);
            fromBytes.Payload.Should().Equal(fromText.Payload, input.Description);
        }

        return true;
    }

    private static string Json(VerificationReport report) =>
        ReportJson.Write(report, "en").ToJsonString() + "\n" + ReportJson.Write(report, "fi").ToJsonString();
}
