using Credentials.Proofs.Findings;
using System.Text.Json.Nodes;
using Credentials.Model.Ports;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Dids;
using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Tests.DataIntegrity;

/// <summary>Presentations (authentication, challenge, domain) and where keys come from (did:web, controller documents).</summary>
public sealed class PresentationAndKeyTests
{
    private const string WebDid = "did:web:university.example";
    private const string WebMethod = WebDid + "#key-1";

    [Theory]
    [InlineData("eddsa-rdfc-2022")]
    [InlineData("eddsa-jcs-2022")]
    public async Task VerifyAsync_PresentationWithExpectedChallengeAndDomain_IsValid(string suite)
    {
        var presentation = await SignPresentation(suite);

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(presentation), new DidResolver(), Expect("nonce-123", "verifier.example"));

        result.Verified.Should().BeTrue(string.Join("; ", result.Proofs.Select(p => p.Message)));
    }

    [Theory]
    [InlineData("nonce-999", "verifier.example", CheckCodes.ProofChallengeMismatch)]
    [InlineData("nonce-123", "evil.example", CheckCodes.ProofDomainMismatch)]
    public async Task VerifyAsync_PresentationWithOtherChallengeOrDomain_ReportsMismatch(string challenge, string domain, string code)
    {
        var presentation = await SignPresentation(Cryptosuites.EddsaRdfc2022);

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(presentation), new DidResolver(), Expect(challenge, domain));

        result.Proofs.Single().Code.Should().Be(code);
    }

    [Fact]
    public async Task VerifyAsync_PresentationWithoutChallenge_IsChallengeMismatch()
    {
        var presentation = await SignPresentation(Cryptosuites.EddsaRdfc2022);
        presentation["proof"]!.AsObject().Remove("challenge");

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(presentation), new DidResolver(), Expect("nonce-123", null));

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofChallengeMismatch);
    }

    [Fact]
    public async Task VerifyAsync_PresentationDomainList_MatchesAnyMember()
    {
        var presentation = await SignPresentation(Cryptosuites.EddsaJcs2022);
        presentation["proof"]!["domain"] = new JsonArray("other.example", "verifier.example");

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(presentation), new DidResolver(), Expect(null, "verifier.example"));

        // The domain check passes; the changed proof option is then caught by the signature.
        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofSignatureInvalid);
    }

    [Fact]
    public async Task VerifyAsync_CredentialProofWhenAuthenticationExpected_IsPurposeMismatch()
    {
        using var key = DiFixtures.TestKey();
        var signed = await DataIntegrityProofs.SignAsync(DiFixtures.Load(DiFixtures.Vcdm2Path), key, DiFixtures.TestMethod);

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver(), Expect(null, null));

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofPurposeMismatch);
    }

    [Fact]
    public async Task VerifyAsync_DidWebKeyFromSource_IsValidWithItsController()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var signed = await SignAsIssuer(key, WebDid, WebMethod);
        var resolver = new DidResolver(new Documents(WebDid, DidDocuments.Build(WebDid, key.PublicJwk).ToJsonString()));

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), resolver, new DataIntegrityVerifyOptions { ExpectedController = WebDid });

        result.Verified.Should().BeTrue(string.Join("; ", result.Proofs.Select(p => p.Message)));
        result.Proofs.Single().Controller.Should().Be(WebDid);
    }

    [Fact]
    public async Task VerifyAsync_DidWebDocumentUnavailable_IsIndeterminateKeyUnresolved()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var signed = await SignAsIssuer(key, WebDid, WebMethod);

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver(new Documents(WebDid, null)));

        result.Outcome.Should().Be(ProofOutcome.Indeterminate);
        result.Proofs.Single().Should().BeEquivalentTo(new { Outcome = ProofOutcome.Indeterminate, Code = CheckCodes.ProofKeyUnresolved });
    }

    [Fact]
    public async Task VerifyAsync_DidWebMethodNotAllowedForAssertions_IsInvalidKeyUnresolved()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var signed = await SignAsIssuer(key, WebDid, WebMethod);
        var document = DidDocuments.Build(WebDid, key.PublicJwk);
        document.Remove("assertionMethod");
        var resolver = new DidResolver(new Documents(WebDid, document.ToJsonString()));

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), resolver);

        result.Proofs.Single().Should().BeEquivalentTo(new { Outcome = ProofOutcome.Invalid, Code = CheckCodes.ProofKeyUnresolved });
    }

    [Fact]
    public async Task VerifyAsync_P256KeyBehindTheMethod_IsKeyUnresolved()
    {
        using var ed = SigningKey.Generate(KeyType.Ed25519);
        using var p256 = SigningKey.Generate(KeyType.P256);
        var signed = await SignAsIssuer(ed, WebDid, WebMethod);
        var resolver = new DidResolver(new Documents(WebDid, DidDocuments.Build(WebDid, p256.PublicJwk).ToJsonString()));

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), resolver);

        result.Proofs.Single().Code.Should().Be(CheckCodes.ProofKeyUnresolved);
        result.Proofs.Single().Message.Should().Contain("Ed25519");
    }

    [Fact]
    public async Task VerifyAsync_MultikeyInControllerDocument_IsValid()
    {
        const string controller = "https://university.example/issuers/1";
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var signed = await SignAsIssuer(key, controller, controller + "#key-1");
        var document = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"),
            ["id"] = controller,
            ["verificationMethod"] = new JsonArray(new JsonObject
            {
                ["id"] = controller + "#key-1",
                ["type"] = "Multikey",
                ["controller"] = controller,
                ["publicKeyMultibase"] = DidKey.ToMultibase(key.MulticodecPublicKey),
            }),
            ["assertionMethod"] = new JsonArray(controller + "#key-1"),
        };
        var options = new DataIntegrityVerifyOptions
        {
            ExpectedController = controller,
            ControllerDocuments = new Dictionary<string, string> { [controller] = document.ToJsonString() },
        };

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver(), options);

        result.Verified.Should().BeTrue(string.Join("; ", result.Proofs.Select(p => p.Message)));
        result.Proofs.Single().Controller.Should().Be(controller);
    }

    [Fact]
    public async Task VerifyAsync_UnsupportedDidMethod_IsIndeterminate()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        var signed = await SignAsIssuer(key, "did:example:123", "did:example:123#key-1");

        var result = await DataIntegrityProofs.VerifyAsync(DiFixtures.Element(signed), new DidResolver());

        result.Proofs.Single().Should().BeEquivalentTo(new { Outcome = ProofOutcome.Indeterminate, Code = CheckCodes.ProofKeyUnresolved });
    }

    private static async Task<JsonObject> SignAsIssuer(SigningKey key, string issuer, string method)
    {
        var credential = DiFixtures.Load(DiFixtures.Vcdm2Path);
        credential["issuer"]!["id"] = issuer;
        return await DataIntegrityProofs.SignAsync(credential, key, method);
    }

    private static async Task<JsonObject> SignPresentation(string suite)
    {
        using var key = DiFixtures.TestKey();
        var presentation = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["type"] = new JsonArray("VerifiablePresentation"),
            ["holder"] = DiFixtures.TestDid,
        };
        var options = new DataIntegrityOptions
        {
            Cryptosuite = suite,
            ProofPurpose = ProofPurposes.Authentication,
            Challenge = "nonce-123",
            Domain = "verifier.example",
        };
        return await DataIntegrityProofs.SignAsync(presentation, key, DiFixtures.TestMethod, options);
    }

    private static DataIntegrityVerifyOptions Expect(string? challenge, string? domain) => new()
    {
        ExpectedPurpose = ProofPurposes.Authentication,
        Challenge = challenge,
        Domain = domain,
        ExpectedController = DiFixtures.TestDid,
    };

    private sealed class Documents(string did, string? json) : IDidDocumentSource
    {
        public Task<string?> GetAsync(string requested, CancellationToken cancellationToken) =>
            Task.FromResult(requested == did ? json : null);
    }
}
