using System.Text.Json.Nodes;
using Credentials.Issuer.Status;
using Credentials.Model.Ports;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Proofs.Keys;
using Credentials.Proofs.VcJwt;
using Credentials.TestKit;

namespace Credentials.Verifier.Tests.Status;

/// <summary>A credential with a revocation entry at a given index, and signed lists (genuine or hostile) to check it against.</summary>
internal sealed class StatusListFixture : IStatusListSource
{
    public const int Index = 4242;

    private readonly Dictionary<string, string> _lists = new(StringComparer.Ordinal);

    public static string Url => StatusListUrls.Default.ListUrl(7);

    public static string Credential(int index = Index, IssuerKey? key = null, string purpose = "revocation")
    {
        key ??= TestKeys.Northern;
        var document = TestCredentials.Elm(TestKit.Samples.Northern, key);
        CredentialStatusEntries.AddTo(document, CredentialStatusEntries.Build([new StatusAllocation(purpose == "suspension" ? StatusPurpose.Suspension : StatusPurpose.Revocation, 7, index)], StatusListUrls.Default));
        return TestCredentials.Jwt(document, key);
    }

    public static JsonObject ListDocument(bool revoked, string purpose = "revocation", string? issuer = null, int length = BitstringStatusList.MinimumLength)
    {
        var bits = new BitstringStatusList(length);
        bits.Set(Index, revoked);
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2"),
            ["id"] = Url,
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = issuer ?? TestKeys.Northern.Did,
            ["validFrom"] = "2026-06-15T12:00:00Z",
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = Url + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = purpose,
                ["encodedList"] = bits.Encode(),
            },
        };
    }

    public static string Sign(JsonObject list, IssuerKey? key = null)
    {
        key ??= TestKeys.Northern;
        return new VcJwtSigner(key.Key, key.KeyId).SignJose(list);
    }

    public StatusListFixture With(string token)
    {
        _lists[Url] = token;
        return this;
    }

    public Task<string?> GetAsync(string url, CancellationToken cancellationToken) => Task.FromResult(_lists.GetValueOrDefault(url));

    public CredentialVerifier Verifier(TimeProvider? time = null) =>
        new(new VerifierOptions(), time ?? new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TestKit.Samples.IssuedAt.AddDays(1)), TestKeys.DidDocuments, Model.Schema.SchemaValidator.ElmMicroCredential, this);
}
