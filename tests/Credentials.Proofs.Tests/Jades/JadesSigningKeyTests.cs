using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

public sealed class JadesSigningKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jades-keys-").FullName;
    private readonly JadesSealer _sealer = new(new FixedTimeProvider(SealCrafter.Now));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void FromPem_P256CertificateAndKey_SealsVerifiably()
    {
        var keyPem = SealCrafter.Ec.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem();

        using var key = JadesSigningKey.FromPem(SealCrafter.Ec.ExportCertificatePem(), keyPem);

        key.Algorithm.Should().Be("ES256");
        JadesVerifier.Verify(_sealer.Seal(SealCrafter.Payload, key), SealCrafter.Options(SealCrafter.Ec)).IsVerified.Should().BeTrue();
    }

    [Fact]
    public void FromPem_RsaKeyInPkcs1Form_UsesRs256()
    {
        var keyPem = SealCrafter.Rsa.GetRSAPrivateKey()!.ExportRSAPrivateKeyPem();

        using var key = JadesSigningKey.FromPem(SealCrafter.Rsa.ExportCertificatePem(), keyPem);

        key.Algorithm.Should().Be("RS256");
    }

    [Fact]
    public void FromPem_KeyOfAnotherCertificate_Throws()
    {
        var otherKey = SealCrafter.Rsa.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem();

        var act = () => JadesSigningKey.FromPem(SealCrafter.Ec.ExportCertificatePem(), otherKey);

        act.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void FromPem_NoCertificate_Throws()
    {
        var act = () => JadesSigningKey.FromPem("nothing here", SealCrafter.Ec.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());

        act.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void FromPkcs12_WithCaCertificate_CarriesChainInX5c()
    {
        using var root = TestPki.Root("CN=P12 Root, O=Test, C=FI", SealCrafter.Now);
        using var seal = TestPki.Seal(root, SealCrafter.Now.AddDays(-1), SealCrafter.Now.AddDays(30));
        var path = Path.Combine(_folder, "seal.p12");
        using (var rootPublic = X509CertificateLoader.LoadCertificate(root.RawData))
        {
            File.WriteAllBytes(path, new X509Certificate2Collection { seal, rootPublic }.Export(X509ContentType.Pkcs12, "secret")!);
        }

        using var key = JadesSigningKey.FromPkcs12(path, "secret");

        key.Certificate.Thumbprint.Should().Be(seal.Thumbprint);
        key.Chain.Should().ContainSingle().Which.Thumbprint.Should().Be(root.Thumbprint);
        var crl = SealRevocation.Crl(root, SealCrafter.Now);
        JadesVerifier.Verify(SealRevocation.AddCrls(_sealer.Seal(SealCrafter.Payload, key), crl), SealCrafter.Options(root)).IsVerified.Should().BeTrue();
    }

    [Fact]
    public void FromPkcs12_WrongPassword_Throws()
    {
        var path = Path.Combine(_folder, "seal.p12");
        File.WriteAllBytes(path, SealCrafter.Ec.Export(X509ContentType.Pkcs12, "right"));

        var act = () => JadesSigningKey.FromPkcs12(path, "wrong");

        act.Should().Throw<CryptographicException>();
    }

    [Fact]
    public void FromPkcs12_OnlyPublicCertificates_Throws()
    {
        var path = Path.Combine(_folder, "public.p12");
        using (var publicOnly = X509CertificateLoader.LoadCertificate(SealCrafter.Ec.RawData))
        {
            File.WriteAllBytes(path, publicOnly.Export(X509ContentType.Pkcs12, "x")!);
        }

        var act = () => JadesSigningKey.FromPkcs12(path, "x");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromCertificate_NoPrivateKey_Throws()
    {
        using var publicOnly = X509CertificateLoader.LoadCertificate(SealCrafter.Ec.RawData);

        var act = () => JadesSigningKey.FromCertificate(publicOnly);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromCertificate_Rsa1024_Throws()
    {
        using var rsa = RSA.Create(1024);
        using var weak = new CertificateRequest("CN=Weak", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(SealCrafter.Now.AddDays(-1), SealCrafter.Now.AddDays(1));

        var act = () => JadesSigningKey.FromCertificate(weak);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromCertificate_P384_Throws()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        using var p384 = new CertificateRequest("CN=P384", ecdsa, HashAlgorithmName.SHA384)
            .CreateSelfSigned(SealCrafter.Now.AddDays(-1), SealCrafter.Now.AddDays(1));

        var act = () => JadesSigningKey.FromCertificate(p384);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Dispose_FromCertificate_LeavesCallerCertificateUsable()
    {
        var key = JadesSigningKey.FromCertificate(SealCrafter.Ec);

        key.Dispose();

        SealCrafter.Ec.GetECDsaPrivateKey().Should().NotBeNull();
    }
}
