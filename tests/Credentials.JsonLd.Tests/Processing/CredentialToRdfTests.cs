using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.JsonLd.Tests.Processing;

public sealed class CredentialToRdfTests
{
    private static readonly JsonLdOptions Safe = new() { SafeMode = true };

    [Fact]
    public void ToRdf_ElmAnnexISampleInSafeMode_ConvertsWithoutLoss()
    {
        var sample = ReadTestData("elm", "samples", "Sample-MC-Annex1-unsigned.jsonld");

        var dataset = JsonLdProcessor.ToRdf(sample, Safe);

        // Cross-checked once against jsonld.js 8.3.3 (URDNA2015): the same 292 canonical quads.
        dataset.Count.Should().Be(292);
        dataset.Should().Contain(q => q.Predicate.Value == RdfVocabulary.Type
            && q.Object.Value == "http://data.europa.eu/snb/model/elm/EuropeanDigitalCredential");
    }

    [Fact]
    public void ToRdf_PayloadOfTheEuropassSealedSample_ConvertsInSafeMode()
    {
        var sealedSample = ReadTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld");
        using var payload = JsonDocument.Parse(sealedSample.GetProperty("payload").GetString()!);

        var dataset = JsonLdProcessor.ToRdf(payload.RootElement, Safe);

        // Cross-checked once against jsonld.js 8.3.3: the same 353 canonical quads.
        dataset.Count.Should().Be(353);
    }

    [Fact]
    public void Canonicalize_Vcdm2Credential_MatchesTheKnownCanonicalForm()
    {
        var signed = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InTestData("vc-di-eddsa", "alumni.eddsa-rdfc-2022.signed.json")))!.AsObject();
        signed.Remove("proof");
        using var unsigned = JsonDocument.Parse(signed.ToJsonString());

        var canonical = RdfCanonicalizer.Canonicalize(JsonLdProcessor.ToRdf(unsigned.RootElement, Safe)).CanonicalNQuads;

        canonical.Should().Be(
            "<did:example:abcdefgh> <https://www.w3.org/ns/credentials/examples#alumniOf> \"The School of Examples\" .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/ns/credentials/examples#AlumniCredential> .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/description> \"A minimum viable example of an Alumni Credential.\" .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/name> \"Alumni Credential\" .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#credentialSubject> <did:example:abcdefgh> .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#issuer> <https://vc.example/issuers/5678> .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#validFrom> \"2023-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n");
    }

    [Fact]
    public void ToRdf_SignedVcdm2Credential_PutsTheProofInItsOwnGraph()
    {
        var signed = ReadTestData("vc-di-eddsa", "alumni.eddsa-rdfc-2022.signed.json");

        var dataset = JsonLdProcessor.ToRdf(signed, Safe);

        var proofQuads = dataset.Where(q => q.Graph is not null).ToList();
        proofQuads.Should().NotBeEmpty();
        proofQuads.Should().OnlyContain(q => q.Graph!.IsBlankNode);
        proofQuads.Should().Contain(q => q.Predicate.Value == "https://w3id.org/security#cryptosuite" && q.Object.Value == "eddsa-rdfc-2022");
    }

    [Fact]
    public void ToRdf_Vc11CredentialWithDataIntegrityContext_Converts()
    {
        using var document = JsonDocument.Parse("""
            {
              "@context": ["https://www.w3.org/2018/credentials/v1", "https://w3id.org/security/data-integrity/v2"],
              "id": "urn:uuid:1",
              "type": ["VerifiableCredential"],
              "issuer": "did:example:issuer",
              "issuanceDate": "2024-01-01T00:00:00Z",
              "credentialSubject": {"id": "did:example:subject"},
              "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "created": "2024-01-01T00:00:00Z",
                        "verificationMethod": "did:example:issuer#key-1", "proofPurpose": "assertionMethod"}
            }
            """);

        var dataset = JsonLdProcessor.ToRdf(document.RootElement, Safe);

        dataset.Should().Contain(q => q.Predicate.Value == "https://www.w3.org/2018/credentials#issuanceDate"
            && q.Object.Datatype == RdfVocabulary.Xsd + "dateTime");
    }

    [Fact]
    public void Canonicalize_OpenBadges3Credential_MatchesJsonLdJs()
    {
        using var document = JsonDocument.Parse("""
            {
              "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
              "id": "urn:uuid:a63a60be-f4af-491c-87fc-2c8fd3007a58",
              "type": ["VerifiableCredential", "OpenBadgeCredential"],
              "name": "Micro-credential",
              "issuer": {"id": "did:web:uni.example", "type": ["Profile"], "name": "Example University"},
              "validFrom": "2024-06-01T00:00:00Z",
              "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": [{"type": "IdentityObject", "identityHash": "sha256$abc", "identityType": "emailAddress", "hashed": true, "salt": "x"}],
                "achievement": {
                  "id": "https://uni.example/achievements/1", "type": ["Achievement"], "achievementType": "MicroCredential",
                  "name": "Data Literacy", "description": "Short course", "criteria": {"narrative": "Pass the exam"},
                  "alignment": [{"type": ["Alignment"], "targetName": "ESCO", "targetUrl": "http://data.europa.eu/esco/skill/1"}]
                }
              },
              "credentialStatus": {"id": "https://uni.example/status/1#5", "type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListIndex": "5", "statusListCredential": "https://uni.example/status/1"}
            }
            """);

        var canonical = RdfCanonicalizer.Canonicalize(JsonLdProcessor.ToRdf(document.RootElement, Safe)).CanonicalNQuads;

        // SHA-256 of the canonical N-Quads jsonld.js 8.3.3 (URDNA2015) produced for this document: 31 quads, 15 of
        // them with blank nodes.
        canonical.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(31);
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)))
            .Should().Be("3a36309338caf1b8d4cf86f130c63c395fcc2dc8005ff1bd5991605db1dc0aea");
    }

    private static JsonElement ReadTestData(params string[] parts)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InTestData(parts)));
        return document.RootElement.Clone();
    }
}
