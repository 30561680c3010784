using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

public sealed class TestSealCertificateTests
{
    private static readonly FixedTimeProvider Clock = new(SealCrafter.Now);

    [Fact]
    public void Create_Subject_CarriesOrganisationIdentifierAndCountry()
    {
        using var certificate = TestSealCertificate.Create("Testiyliopisto", "VATFI-12345678", "FI", Clock, commonName: "Testiyliopiston sinetti");

        var organisation = SealOrganisation.FromCertificate(certificate);

        organisation.Organisation.Should().Be("Testiyliopisto");
        organisation.OrganizationIdentifier.Should().Be("VATFI-12345678");
        organisation.Country.Should().Be("FI");
        organisation.CommonName.Should().Be("Testiyliopiston sinetti");
        organisation.IsQualified.Should().BeFalse("a test certificate never claims to be qualified");
        certificate.HasPrivateKey.Should().BeTrue();
        certificate.Subject.Should().Be(certificate.Issuer);
    }

    [Fact]
    public void Create_DefaultValidity_TwoYearsFromClock()
    {
        using var certificate = TestSealCertificate.Create("T", "VATFI-1", "FI", Clock);

        certificate.NotBefore.ToUniversalTime().Should().BeCloseTo(SealCrafter.Now.UtcDateTime, TimeSpan.FromMinutes(6));
        certificate.NotAfter.ToUniversalTime().Should().BeCloseTo(SealCrafter.Now.AddDays(730).UtcDateTime, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Create_Rsa_Has3072BitKey()
    {
        using var certificate = TestSealCertificate.Create("T", "VATFI-1", "FI", Clock, keyType: TestSealKeyType.Rsa);

        using var rsa = certificate.GetRSAPublicKey();

        rsa!.KeySize.Should().Be(3072);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("FIN")]
    [InlineData("")]
    public void Create_CountryNotTwoUpperCaseLetters_Throws(string country)
    {
        var act = () => TestSealCertificate.Create("T", "VATFI-1", country, Clock);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Create_EmptyOrganisation_Throws()
    {
        var act = () => TestSealCertificate.Create(" ", "VATFI-1", "FI", Clock);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(TestSealKeyType.P256, "ES256")]
    [InlineData(TestSealKeyType.Rsa, "RS256")]
    public void ExportPem_ThenFromPem_SealsVerifiably(TestSealKeyType keyType, string alg)
    {
        using var certificate = TestSealCertificate.Create("Testiyliopisto", "VATFI-12345678", "FI", Clock, keyType: keyType);

        var (certificatePem, keyPem) = TestSealCertificate.ExportPem(certificate);
        using var key = JadesSigningKey.FromPem(certificatePem, keyPem);
        var sealed_ = new JadesSealer(Clock).Seal(SealCrafter.Payload, key);

        keyPem.Should().StartWith("-----BEGIN PRIVATE KEY-----");
        key.Algorithm.Should().Be(alg);
        JadesVerifier.Verify(sealed_, SealCrafter.Options(certificate)).IsVerified.Should().BeTrue();
    }

    [Fact]
    public void ExportPem_PublicCertificateOnly_Throws()
    {
        using var publicOnly = X509CertificateLoader.LoadCertificate(SealCrafter.Ec.RawData);

        var act = () => TestSealCertificate.ExportPem(publicOnly);

        act.Should().Throw<ArgumentException>();
    }
}
