using System.Text.Json;
using Credentials.Model.Elm;
using Credentials.Model.Input;
using Credentials.Model.Schema;

namespace Credentials.Model.Tests.Elm;

/// <summary>The "Use" section of <c>src/Credentials.Model/README.md</c>, run as written.</summary>
public sealed class ElmReadmeExampleTests
{
    [Fact]
    public void ReadmeFlow_IssueThenVerify_ShowsTheTitle()
    {
        var parsed = MicroCredentialJson.Parse(TestData.InputBytes("aalto-like.json"));
        parsed.IsValid.Should().BeTrue();

        var credential = ElmCredentialBuilder.Build(parsed.Value!, new ElmBuildOptions
        {
            CredentialId = "urn:uuid:0f6a1c6e-8d4b-4b5e-9a57-3f1e2d4c5b6a",
            IssuerId = "did:web:registrar.example",
            IssuedAt = new DateTimeOffset(2026, 6, 16, 9, 30, 0, TimeSpan.Zero),
        });
        using var payload = JsonDocument.Parse(credential.ToJsonString());
        var errors = SchemaValidator.ElmMicroCredential.Validate(payload.RootElement);
        var shown = ElmCredentialReader.Read(payload.RootElement);

        errors.Should().BeEmpty();
        shown.Template.Title?.Best(["fi", "sv", "en"]).Should().Be("Koneoppimisen perusteet");
        shown.Template.Issuer!.Registration!.Notation.Should().Be("1234567-1");
    }
}
