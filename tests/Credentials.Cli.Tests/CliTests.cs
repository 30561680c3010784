using System.Text.Json;
using Credentials.TestKit;

namespace Credentials.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cred-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests()
    {
        Directory.CreateDirectory(_dir);
    }

    [Theory]
    [InlineData("ed25519", null, "northern-university-aijala.input.json")]
    [InlineData("p256", "issuer.example", "vastra-hogskolan-oberg.input.json")]
    public void KeygenIssueVerify_SampleInput_VerifiesAndOneByteChangesNeverDo(string type, string? host, string input)
    {
        var keyDir = Path.Combine(_dir, "key");
        var jwt = Path.Combine(_dir, "out", "credential.jwt");
        string[] keygen = host is null ? ["keygen", "--type", type, "--out", keyDir] : ["keygen", "--type", type, "--out", keyDir, "--did-web", host];

        var generated = CliRunner.Run(keygen);
        var issued = CliRunner.Run("issue", "--input", Path.Combine("samples", "valid", input), "--key", keyDir, "--out", jwt);
        var verified = CliRunner.Run("verify", jwt, "--did-document", Path.Combine(keyDir, "did.json"), "--json");

        generated.ExitCode.Should().Be(0, generated.Error);
        issued.ExitCode.Should().Be(0, issued.Error);
        verified.ExitCode.Should().Be(2, "without a trusted-issuers list the issuer is not confirmed: " + verified.Output);
        var report = JsonDocument.Parse(verified.Output).RootElement;
        report.GetProperty("errors").GetArrayLength().Should().Be(0);
        report.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Should().Equal("trust.not-configured");

        var token = File.ReadAllText(jwt).Trim();
        var dots = token.Select((c, i) => (c, i)).Where(x => x.c == '.').Select(x => x.i).ToArray();
        foreach (var position in new[] { 5, dots[0] - 1, dots[0], dots[0] + 40, dots[1] - 3, dots[1], dots[1] + 1, token.Length - 10 })
        {
            var changed = token[..position] + (token[position] == 'Q' ? 'R' : 'Q') + token[(position + 1)..];
            var result = CliRunner.RunWithInput(changed, "verify", "-", "--did-document", Path.Combine(keyDir, "did.json"));

            result.ExitCode.Should().BeOneOf([1, 3], $"position {position}: {result.Output}");
            result.Output.Should().MatchRegex("FAILED +(format|proof)", $"position {position}");
        }
    }

    [Theory]
    [InlineData("di-rdfc")]
    [InlineData("di-jcs")]
    public void IssueVerify_DataIntegrityFormats_VerifyWithDemoTrust(string format)
    {
        var output = Path.Combine(_dir, format + ".json");

        var issued = CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", "keys.example/northern-university", "--format", format, "--out", output);
        var verified = CliRunner.Run("verify", output, "--trust", "keys.example/trusted-issuers.json");
        var tampered = CliRunner.RunWithInput(File.ReadAllText(output).Replace("900123", "900124", StringComparison.Ordinal), "verify", "-", "--trust", "keys.example/trusted-issuers.json");

        issued.ExitCode.Should().Be(0, issued.Error);
        verified.ExitCode.Should().Be(0, verified.Output);
        tampered.ExitCode.Should().Be(1, tampered.Output);
    }

    [Fact]
    public void Verify_OfficialSealedSample_TimeStampValidatedOnlyWithItsTsaAnchor()
    {
        var sample = "tests/TestData/elm/samples/Sample-MC-Annex1-signed.jsonld";
        var tsaPem = Path.Combine(_dir, "tsa.pem");
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Credentials.TestKit.RepositoryPaths.Root, sample)))!;
        var entry = System.Text.Json.Nodes.JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(root["signatures"]![0]!["header"]!["etsiU"]![0]!.GetValue<string>()))!;
        var cms = new System.Security.Cryptography.Pkcs.SignedCms();
        cms.Decode(Convert.FromBase64String(entry["sigTst"]!["tstTokens"]![0]!["val"]!.GetValue<string>()));
        File.WriteAllText(tsaPem, string.Concat(cms.Certificates.Cast<System.Security.Cryptography.X509Certificates.X509Certificate2>().Where(c => c.Subject == c.Issuer).Select(c => c.ExportCertificatePem())));

        var without = CliRunner.Run("verify", sample, "--json");
        var with = CliRunner.Run("verify", sample, "--json", "--tsa-anchors", tsaPem);

        without.ExitCode.Should().Be(2, without.Output);
        without.Output.Should().Contain("proof.no-proof-of-existence").And.Contain("Cannot show the seal was made while its certificate was valid");
        with.Output.Should().NotContain("proof.no-proof-of-existence").And.Contain("validated time-stamp");
    }

    [Fact]
    public void Verify_TrustedListSignedByAnotherKey_RefusedInOneSentence()
    {
        var signers = Path.Combine(_dir, "signers.pem");
        using (var key = System.Security.Cryptography.RSA.Create(2048))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Other signer", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var other = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllText(signers, other.ExportCertificatePem());
        }

        var result = CliRunner.Run("verify", "samples/valid/northern-university-aijala.jwt", "--trusted-list", "tests/TestData/trusted-lists/LU.xml", "--trusted-list-signers", signers);

        result.ExitCode.Should().Be(3, result.Output);
        result.Error.Should().Contain("cannot use the trusted list tests/TestData/trusted-lists/LU.xml").And.Contain("does not verify");
    }

    [Fact]
    public void Inspect_OfficialSealedSample_DecodesHeaderPayloadCertificateAndTimeStamp()
    {
        var result = CliRunner.Run("inspect", "tests/TestData/elm/samples/Sample-MC-Annex1-signed.jsonld");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("\"alg\": \"RS256\"").And.Contain("\"sigT\": \"2023-09-27T11:54:17Z\"");
        result.Output.Should().Contain("\"EuropeanDigitalCredential\"").And.NotContain("\\\"type\\\"");
        result.Output.Should().Contain("CN=TEST SEAL").And.Contain("CN=ANF AC Qualified Certificates for eSeal").And.Contain("\"notAfter\": \"2025-05-10");
        result.Output.Should().Contain("\"signatureTimeStamp\": \"2023-09-27T11:54:20Z\"");
    }

    [Fact]
    public void KeygenSealIssueVerify_Jades_VerifiesUnderItsAnchorOnly()
    {
        var keyDir = Path.Combine(_dir, "seal");
        var output = Path.Combine(_dir, "sealed.json");

        var generated = CliRunner.Run("keygen", "--out", keyDir, "--seal", "Northern University of Technology;VATFI-12345671;FI");
        var issued = CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", keyDir, "--format", "jades", "--seal-cert", Path.Combine(keyDir, "seal.crt.pem"), "--seal-key", Path.Combine(keyDir, "seal.key.pem"), "--out", output);
        var anchored = CliRunner.Run("verify", output, "--seal-anchors", Path.Combine(keyDir, "seal.crt.pem"));
        var unanchored = CliRunner.Run("verify", output);

        generated.ExitCode.Should().Be(0, generated.Error);
        issued.ExitCode.Should().Be(0, issued.Error);
        anchored.ExitCode.Should().Be(0, anchored.Output);
        unanchored.ExitCode.Should().Be(2, unanchored.Output);
        unanchored.Output.Should().Contain("trust.no-anchor");
    }

    [Fact]
    public void Verify_JadesSealedPresentation_VerifiedAsAPresentationThatNoSealCanBindToItsHolder()
    {
        var keyDir = Path.Combine(_dir, "seal");
        var credential = Path.Combine(_dir, "sealed.json");
        var presentation = Path.Combine(_dir, "sealed-vp.json");
        CliRunner.Run("keygen", "--out", keyDir, "--seal", "Northern University of Technology;VATFI-12345671;FI").ExitCode.Should().Be(0);
        CliRunner.Run("issue", "--input", "samples/valid/northern-university-aijala.input.json", "--key", keyDir, "--format", "jades", "--seal-cert", Path.Combine(keyDir, "seal.crt.pem"), "--seal-key", Path.Combine(keyDir, "seal.key.pem"), "--out", credential).ExitCode.Should().Be(0);
        using (var key = Proofs.Jades.JadesSigningKey.FromPem(File.ReadAllText(Path.Combine(keyDir, "seal.crt.pem")), File.ReadAllText(Path.Combine(keyDir, "seal.key.pem"))))
        {
            var vp = Proofs.Presentations.PresentationBuilder.Build([File.ReadAllText(credential)], "did:example:holder", Proofs.Presentations.PresentationVersion.DataModel11);
            File.WriteAllText(presentation, new Proofs.Jades.JadesSealer(TimeProvider.System).Seal(vp.ToJsonString(), key));
        }

        var result = CliRunner.Run("verify", presentation, "--seal-anchors", Path.Combine(keyDir, "seal.crt.pem"), "--challenge", "c0ffee", "--json");

        result.ExitCode.Should().Be(2, result.Output + result.Error);
        result.Output.Should().Contain("\"envelope\": \"jades\"").And.Contain("presentation.seal-no-challenge").And.Contain("presentation.holder-sealed").And.Contain("presentation.credentials-verified");
    }

    [Fact]
    public void Verify_SamplesWithDemoTrust_ExitZero()
    {
        var result = CliRunner.Run("verify", "samples/valid/vastra-hogskolan-oberg.jwt", "--trust", "keys.example/trusted-issuers.json", "--did-document", "keys.example/vastra-hogskolan/did.json", "--lang", "fi");

        result.ExitCode.Should().Be(0, result.Output + result.Error);
        result.Output.Should().StartWith("VERIFIED").And.Contain("Oppija:").And.Contain("Åsa Öberg");
    }

    [Fact]
    public void Verify_EveryInvalidSample_ExitsOneOrThree()
    {
        foreach (var file in Samples.Invalid)
        {
            var result = CliRunner.Run("verify", file, "--trust", "keys.example/trusted-issuers.json");

            result.ExitCode.Should().Be(1, Path.GetFileName(file) + ": " + result.Output);
            result.Output.Should().MatchRegex("FAILED +" + InvalidSamples.CheckOf(file) + " ", Path.GetFileName(file));
        }
    }

    [Theory]
    [InlineData("verify", "no/such/file.jwt")]
    [InlineData("verify", "--bogus")]
    [InlineData("issue", "--input", "samples/valid/northern-university-aijala.input.json")]
    [InlineData("keygen", "--type", "rsa", "--out", "x")]
    [InlineData("verify", "samples/valid/northern-university-aijala.jwt", "--now", "yesterday")]
    [InlineData("verify", "samples/valid/northern-university-aijala.jwt", "--trust", "README.md")]
    public void Commands_UsageOrUnreadableInput_ExitThreeWithOneSentenceAndNoStackTrace(params string[] args)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(3);
        result.Error.Should().NotBeNullOrWhiteSpace();
        result.Error.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public void Verify_GarbageOnStandardInput_ExitsThree()
    {
        var result = CliRunner.RunWithInput("this is not a credential", "verify", "-");

        result.ExitCode.Should().Be(3);
        result.Output.Should().Contain("format.unreadable");
    }

    [Fact]
    public void Issue_InvalidInput_ListsEveryProblemWithPointersAndWritesNothing()
    {
        var input = Path.Combine(_dir, "bad.json");
        File.WriteAllText(input, "{\"template\": {\"ects\": 75, \"eqfLevel\": 9}, \"learner\": {}, \"award\": {}}");
        var output = Path.Combine(_dir, "never.jwt");

        var result = CliRunner.Run("issue", "--input", input, "--key", "keys.example/northern-university", "--out", output);

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("/template/ects").And.Contain("/template/eqfLevel").And.Contain("/template/title");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Keygen_ExistingKey_IsNotOverwritten()
    {
        var keyDir = Path.Combine(_dir, "k");
        CliRunner.Run("keygen", "--out", keyDir).ExitCode.Should().Be(0);
        var before = File.ReadAllText(Path.Combine(keyDir, "private.jwk.json"));

        var again = CliRunner.Run("keygen", "--out", keyDir);

        again.ExitCode.Should().Be(3);
        File.ReadAllText(Path.Combine(keyDir, "private.jwk.json")).Should().Be(before);
    }

    [Fact]
    public void Inspect_Jwt_ShowsHeaderAndPayloadWithoutVerdict()
    {
        var result = CliRunner.Run("inspect", "samples/valid/northern-university-aijala.jwt");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("\"alg\": \"EdDSA\"").And.Contain("EuropeanDigitalCredential").And.NotContain("VERIFIED");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }
}
