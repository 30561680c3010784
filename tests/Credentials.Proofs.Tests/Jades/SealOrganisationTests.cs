using Credentials.Proofs.Jades;

namespace Credentials.Proofs.Tests.Jades;

public sealed class SealOrganisationTests
{
    [Fact]
    public void FromCertificate_QcComplianceAndESeal_IsQualified()
    {
        using var certificate = TestPki.WithQcStatements(TestPki.QcStatements(compliance: true, sscd: true, "0.4.0.1862.1.6.2"));

        var organisation = SealOrganisation.FromCertificate(certificate);

        organisation.IsQualified.Should().BeTrue();
        organisation.HasQcSscd.Should().BeTrue();
        organisation.Organisation.Should().Be("QC Org");
    }

    [Fact]
    public void FromCertificate_QcTypeESignature_NotQualifiedSeal()
    {
        using var certificate = TestPki.WithQcStatements(TestPki.QcStatements(compliance: true, sscd: false, "0.4.0.1862.1.6.1"));

        var organisation = SealOrganisation.FromCertificate(certificate);

        organisation.HasQcCompliance.Should().BeTrue();
        organisation.HasQcTypeESeal.Should().BeFalse();
        organisation.IsQualified.Should().BeFalse();
    }

    [Fact]
    public void FromCertificate_ESealWithoutCompliance_NotQualified()
    {
        using var certificate = TestPki.WithQcStatements(TestPki.QcStatements(compliance: false, sscd: false, "0.4.0.1862.1.6.2"));

        SealOrganisation.FromCertificate(certificate).IsQualified.Should().BeFalse();
    }

    [Fact]
    public void FromCertificate_MalformedQcStatements_NotQualified()
    {
        using var certificate = TestPki.WithQcStatements([0x30, 0x05, 0x06, 0x03, 0x04, 0x00]);

        var organisation = SealOrganisation.FromCertificate(certificate);

        organisation.IsQualified.Should().BeFalse();
        organisation.HasQcCompliance.Should().BeFalse();
    }
}
