using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.JsonLd.Tests.Processing;

public sealed class CredentialToRdfTests
{
    private static readonly JsonLdOptions Safe = new() { SafeMode = true };

    [Fact]
    public void ToRdf_ElmAnnexISampleInSafeMode_ConvertsWithoutLoss()
    {
        var sample = ReadShared("testdata", "elm", "samples", "Sample-MC-Annex1-unsigned.jsonld");

        var dataset = JsonLdProcessor.ToRdf(sample, Safe);

        // Cross-checked once against jsonld.js 8.3.3 (URDNA2015): the same 292 canonical quads.
        dataset.Count.Should().Be(292);
        dataset.Should().Contain(q => q.Predicate.Value == RdfVocabulary.Type
            && q.Object.Value == "http://data.europa.eu/snb/model/elm/EuropeanDigitalCredential");
    }

    [Fact]
    public void ToRdf_PayloadOfTheEuropassSealedSample_ConvertsInSafeMode()
    {
        var sealedSample = ReadShared("testdata", "elm", "samples", "Sample-MC-Annex1-signed.jsonld");
        using var payload = JsonDocument.Parse(sealedSample.GetProperty("payload").GetString()!);

        var dataset = JsonLdProcessor.ToRdf(payload.RootElement, Safe);

        // Cross-checked once against jsonld.js 8.3.3: the same 353 canonical quads.
        dataset.Count.Should().Be(353);
    }

    [Fact]
    public void Canonicalize_Vcdm2Credential_MatchesTheKnownCanonicalForm()
    {
        var signed = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InShared("testdata", "vc-di-eddsa", "alumni.eddsa-rdfc-2022.signed.json")))!.AsObject();
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
        var signed = ReadShared("testdata", "vc-di-eddsa", "alumni.eddsa-rdfc-2022.signed.json");

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

    private static JsonElement ReadShared(params string[] parts)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared(parts)));
        return document.RootElement.Clone();
    }
}
