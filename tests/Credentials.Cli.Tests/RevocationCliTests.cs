using Credentials.Proofs.Jades;
using Credentials.TestKit;
using Credentials.TestKit.Revocation;

namespace Credentials.Cli.Tests;

/// <summary>
/// <c>verify --revocation-hosts</c> asks a real OCSP responder over HTTP (a loopback one that signs its answers here)
/// for a seal that carries no revocation data, and only when its host is allowed.
/// </summary>
public sealed class RevocationCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cred-cli-ocsp-").FullName;
    private readonly LoopbackOcspResponder _responder = new("CN=CLI OCSP CA, O=Test, C=FI", TimeProvider.System);

    [Theory]
    [InlineData(OcspAnswer.Good, "proof.valid")]
    [InlineData(OcspAnswer.Revoked, "proof.certificate-revoked")]
    [InlineData(OcspAnswer.UnrelatedKey, "proof.revocation-unknown")]
    public void Verify_RevocationHostAllowed_TheResponderDecides(OcspAnswer answer, string code)
    {
        _responder.Answer = answer;
        _responder.RevokedAt = DateTimeOffset.UtcNow.AddDays(-2);
        var (sealed_, anchors) = Files();

        var result = CliRunner.Run("verify", sealed_, "--seal-anchors", anchors, "--revocation-hosts", "127.0.0.1", "--json");

        result.Output.Should().Contain($"\"{code}\"", result.Error);
        result.Error.Should().NotContain("Unhandled");
        _responder.Requests.Should().ContainSingle().Which.Method.Should().Be("POST");
    }

    [Fact]
    public void Verify_ResponderHostNotAllowed_NeverAskedAndRevocationUnknown()
    {
        var (sealed_, anchors) = Files();

        var result = CliRunner.Run("verify", sealed_, "--seal-anchors", anchors, "--revocation-hosts", "ocsp.other.example", "--json");

        result.Output.Should().Contain("\"proof.revocation-unknown\"").And.Contain("127.0.0.1 are not among the allowed revocation hosts");
        _responder.Requests.Should().BeEmpty();
    }

    public void Dispose()
    {
        _responder.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private (string Sealed, string Anchors) Files()
    {
        using var key = _responder.IssueSeal("Northern University of Technology");
        var sealed_ = Path.Combine(_dir, "sealed.json");
        File.WriteAllText(sealed_, new JadesSealer(TimeProvider.System).Seal(TestCredentials.Elm(Samples.Northern, TestKeys.Northern).ToJsonString(), key));
        var anchors = Path.Combine(_dir, "anchors.pem");
        File.WriteAllText(anchors, _responder.Ca.ExportCertificatePem());
        return (sealed_, anchors);
    }
}
