using System.Text;
using Credentials.Proofs.Findings;
using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Verdicts;

/// <summary>A genuine credential that was only wrapped, quoted or labelled on its way verifies, and the report says what was cleaned.</summary>
public sealed class InputToleranceTests
{
    private static readonly string Token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, "northern-university-aijala.jwt")).Trim();

    private static string Wrap(string text, int columns, string newline)
    {
        var lines = new StringBuilder();
        for (var i = 0; i < text.Length; i += columns)
        {
            lines.Append(text.AsSpan(i, Math.Min(columns, text.Length - i))).Append(newline);
        }

        return lines.ToString();
    }

    public static TheoryData<string, string, string> Wrapped => new()
    {
        { "e-mail at 76 columns, CRLF", Wrap(Token, 76, "\r\n"), "line breaks" },
        { "e-mail at 72 columns, LF, indented", "    " + Wrap(Token, 72, "\n    "), "line breaks" },
        { "spaces inside", Token[..100] + " " + Token[100..], "line breaks" },
        { "double quotes", "\"" + Token + "\"", "quotes" },
        { "typographic quotes", "“" + Token + "”", "quotes" },
        { "a label before it", "Credential: " + Token, "text around" },
        { "a sentence around it", "Here is my certificate: " + Token + ". Best regards, Siiri", "text around" },
        { "a data URL", "data:application/vc+jwt," + Token, "data: URL" },
        { "a VC-API request", "{\"verifiableCredential\": \"" + Token + "\"}", "VC-API" },
        { "an enveloped credential", "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": \"EnvelopedVerifiableCredential\", \"id\": \"data:application/vc+jwt," + Token + "\"}", "Enveloped" },
        { "a sentence right after it", "Credential: " + Token + " Best regards", "text around" },
        { "wrapped, quoted and labelled", "Todiste: \"" + Wrap(Token, 76, "\r\n").TrimEnd() + "\"", "line breaks" },
    };

    [Theory]
    [MemberData(nameof(Wrapped))]
    public async Task GenuineCredential_OnlyWrapped_VerifiesAndSaysWhatWasCleaned(string what, string input, string note)
    {
        var report = await VerifierFactory.Create().VerifyAsync(input);

        report.Verdict.Should().Be(Verdict.Verified, what + ": " + string.Join("\n", report.Problems));
        report.InputNotes.Should().Contain(n => n.Contains(note, StringComparison.Ordinal), what);
        report.Checks[0].Message.Should().Contain(note, what);
    }

    [Theory]
    [InlineData("==")]
    [InlineData("$$$")]
    [InlineData("Thanks")]
    public async Task CharactersGluedToTheToken_AreNotCleanedAway(string glued)
    {
        var report = await VerifierFactory.Create().VerifyAsync(Token + glued);

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.InputNotes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("YjNWMk5qZnUz")] // the fuzz finding: a segment of the header's base64url repeated before it
    [InlineData("x")]
    [InlineData("=")]
    public async Task CharactersGluedBeforeTheToken_AreNotCleanedAway(string glued)
    {
        var report = await VerifierFactory.Create().VerifyAsync(glued + Token);

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.InputNotes.Should().BeEmpty();
    }

    [Fact]
    public async Task CleanToken_HasNoNotes()
    {
        var report = await VerifierFactory.Create().VerifyAsync(Token);

        report.InputNotes.Should().BeEmpty();
    }

    [Fact]
    public async Task WrappedButChangedToken_IsStillForged()
    {
        var changed = Token[..200] + (Token[200] == 'A' ? 'B' : 'A') + Token[201..];

        var report = await VerifierFactory.Create().VerifyAsync(Wrap(changed, 76, "\r\n"));

        report.Conclusion.Should().BeOneOf(Conclusion.Forged, Conclusion.Unreadable);
        report.Verdict.Should().Be(Verdict.NotVerified);
    }

    [Fact]
    public async Task TokenCutInTheMiddleBySentence_IsNotGlued()
    {
        // Words between two halves are not base64url pieces: the token ends there, and the result is not verified.
        var report = await VerifierFactory.Create().VerifyAsync(Token[..300] + " and then " + Token[300..]);

        report.Verdict.Should().Be(Verdict.NotVerified);
        report.Checks.Should().Contain(c => c.Check == CheckNames.Format && c.Outcome == CheckOutcome.Failed);
    }
}
