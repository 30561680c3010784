using System.Text.Json.Nodes;
using Credentials.Issuer.DataModel;

namespace Credentials.Issuer.Tests.DataModel;

public sealed class StatusListEntriesTests
{
    private const string Entry = """{"type":"BitstringStatusListEntry","statusPurpose":"revocation","statusListIndex":"94567","statusListCredential":"https://example.com/status/3"}""";

    [Fact]
    public void Validate_WellFormedEntry_HasNoProblem()
    {
        var credential = Credential(Entry);

        var problems = CredentialDataModel.Validate(credential);

        problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("statusListIndex", "true", "/credentialStatus/statusListIndex")]
    [InlineData("statusListIndex", "\"-1\"", "/credentialStatus/statusListIndex")]
    [InlineData("statusListIndex", "\"007\"", "/credentialStatus/statusListIndex")]
    [InlineData("statusListIndex", "12", "/credentialStatus/statusListIndex")]
    [InlineData("statusPurpose", "3", "/credentialStatus/statusPurpose")]
    [InlineData("statusListCredential", "\"not a url\"", "/credentialStatus/statusListCredential")]
    [InlineData("id", "\"https://example.com/status/3\"", "/credentialStatus/id")]
    [InlineData("statusSize", "0", "/credentialStatus/statusSize")]
    [InlineData("statusSize", "2", "/credentialStatus/statusMessage")]
    [InlineData("statusMessage", "[{\"status\":\"0x0\",\"message\":\"valid\"}]", "/credentialStatus/statusMessage")]
    [InlineData("statusReference", "[\"https://example.com/a\", 4]", "/credentialStatus/statusReference")]
    public void Validate_MalformedEntryValue_IsAStatusProblemAtItsPointer(string member, string value, string pointer)
    {
        var entry = JsonNode.Parse(Entry)!.AsObject();
        entry[member] = JsonNode.Parse(value);
        var credential = Credential(entry.ToJsonString());

        var problems = CredentialDataModel.Validate(credential);

        problems.Should().ContainSingle().Which.Should().Match<Credentials.Model.Input.ModelProblem>(p => p.Pointer == pointer && p.Code == "w3c.status");
    }

    [Fact]
    public void Validate_TwoBitEntryWithFourMessages_HasNoProblem()
    {
        var entry = JsonNode.Parse(Entry)!.AsObject();
        entry["statusSize"] = 2;
        entry["statusMessage"] = JsonNode.Parse("""[{"status":"0x0","message":"a"},{"status":"0x1","message":"b"},{"status":"0x2","message":"c"},{"status":"0x3","message":"d"}]""");
        var credential = Credential(entry.ToJsonString());

        var problems = CredentialDataModel.Validate(credential);

        problems.Should().BeEmpty();
    }

    private static JsonObject Credential(string entry) => JsonNode.Parse($$"""
        {"@context":["https://www.w3.org/ns/credentials/v2"],"id":"urn:uuid:1b7c1bba-7ab3-4a5e-9b67-8d1f3a8e2d11","type":["VerifiableCredential"],
         "issuer":"did:example:issuer","credentialSubject":{"id":"did:example:subject"},"credentialStatus":{{entry}}}
        """)!.AsObject();
}
