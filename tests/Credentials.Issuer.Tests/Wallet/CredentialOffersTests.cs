using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Issuer.Wallet;

namespace Credentials.Issuer.Tests.Wallet;

public sealed class CredentialOffersTests
{
    [Fact]
    public void AwardOf_DataIntegrityDocument_IsTheDocumentWithoutItsProof()
    {
        var stored = Encoding.UTF8.GetBytes("{\"id\":\"urn:uuid:1\",\"type\":[\"VerifiableCredential\"],\"proof\":{\"type\":\"DataIntegrityProof\"}}");

        var award = CredentialOffers.AwardOf(stored);

        award!.ToJsonString().Should().Be("{\"id\":\"urn:uuid:1\",\"type\":[\"VerifiableCredential\"]}");
    }

    [Theory]
    [InlineData("{\"vc\":{\"id\":\"urn:uuid:2\"},\"iss\":\"did:example:1\"}", "{\"id\":\"urn:uuid:2\"}")]
    [InlineData("{\"id\":\"urn:uuid:3\",\"issuer\":\"did:example:1\"}", "{\"id\":\"urn:uuid:3\",\"issuer\":\"did:example:1\"}")]
    public void AwardOf_CompactJws_IsItsCredentialPayload(string payload, string expected)
    {
        var jws = "eyJhbGciOiJFZERTQSJ9." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + ".c2ln";

        var award = CredentialOffers.AwardOf(Encoding.UTF8.GetBytes(jws));

        award!.ToJsonString().Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{broken")]
    [InlineData("a.b!.c")]
    public void AwardOf_NothingUsable_IsNull(string stored) =>
        CredentialOffers.AwardOf(Encoding.UTF8.GetBytes(stored)).Should().BeNull();

    [Fact]
    public void Url_IsTheOfferByValueUnderTheOfferScheme()
    {
        var offer = new JsonObject { ["credential_issuer"] = "https://uni.example", ["credential_configuration_ids"] = new JsonArray("a b") };

        var url = CredentialOffers.Url(offer);

        url.Should().Be("openid-credential-offer://?credential_offer=%7B%22credential_issuer%22%3A%22https%3A%2F%2Funi.example%22%2C%22credential_configuration_ids%22%3A%5B%22a%20b%22%5D%7D");
        JsonNode.DeepEquals(JsonNode.Parse(Uri.UnescapeDataString(url.Split('=', 2)[1])), offer).Should().BeTrue();
    }
}
