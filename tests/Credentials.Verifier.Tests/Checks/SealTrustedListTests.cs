using System.Security.Cryptography.X509Certificates;
using System.Xml;
using Credentials.Proofs.Findings;
using Credentials.Proofs.TrustedLists;
using Credentials.TestKit;
using Credentials.Verifier.Reports;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Verifier.Tests.Checks;

/// <summary>
/// The official Europass sample's seal judged with the real EU trusted lists from the EU DSS test data: the EU list
/// of trusted lists verifies the Spanish list, whose service "ANF AC Qualified Certificates for eSeal" issued the
/// sample's seal certificate; the chain is judged at the sample's validated time-stamp (2023-09-27).
/// </summary>
public sealed class SealTrustedListTests
{
    private static readonly string EuropassSigned = RepositoryPaths.InTestData("elm", "samples", "Sample-MC-Annex1-signed.jsonld");

    private static readonly Lazy<TrustedList> Spanish = new(LoadSpanish);

    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task VerifyAsync_EuropassSampleWithTheSpanishTrustedList_TrustPassedNamingListServiceAndStatus()
    {
        var options = new VerifierOptions { TrustedLists = [Spanish.Value], TsaTrustAnchors = [SampleTsaRoot()] };

        var report = await VerifierFactory.Create(new FakeTimeProvider(Now), options: options).VerifyAsync(File.ReadAllBytes(EuropassSigned));

        var trust = report.Checks.Single(c => c.Check == CheckNames.Trust);
        trust.Outcome.Should().Be(CheckOutcome.Passed, trust.Message);
        trust.Code.Should().Be(CheckCodes.TrustTrusted);
        trust.Message.Should().Contain("ANF AC Qualified Certificates for eSeal")
            .And.Contain("(status granted since 2023-01-31) of the ES trusted list (MINISTRY OF ECONOMY AND BUSINESS)")
            .And.Contain("2023-09-27T11:54:20Z");
        report.Checks.Single(c => c.Check == CheckNames.Proof).Outcome.Should().Be(CheckOutcome.Passed);
        report.Verdict.Should().Be(Verdict.Verified);
    }

    [Fact]
    public async Task VerifyAsync_EuropassSampleWithTheSpanishListTakenBeforeTheServiceWasGranted_TrustNotPassed()
    {
        var before = TrustedListAnchors.From([Spanish.Value], new DateTimeOffset(2023, 1, 30, 0, 0, 0, TimeSpan.Zero));
        var options = new VerifierOptions { SealTrustAnchors = before.SealAnchors, AnchorNames = before.Names, TsaTrustAnchors = [SampleTsaRoot()] };

        var report = await VerifierFactory.Create(new FakeTimeProvider(Now), options: options).VerifyAsync(File.ReadAllBytes(EuropassSigned));

        var trust = report.Checks.Single(c => c.Check == CheckNames.Trust);
        trust.Outcome.Should().Be(CheckOutcome.Indeterminate, trust.Message);
        trust.Code.Should().Be(CheckCodes.TrustAnchorUnknown);
        report.Verdict.Should().NotBe(Verdict.Verified);
    }

    [Fact]
    public async Task VerifyAsync_EuropassSampleWithTheSpanishListButNoTsaAnchor_JudgedNowAndNotVerified()
    {
        var options = new VerifierOptions { TrustedLists = [Spanish.Value] };

        var report = await VerifierFactory.Create(new FakeTimeProvider(Now), options: options).VerifyAsync(File.ReadAllBytes(EuropassSigned));

        report.Checks.Single(c => c.Check == CheckNames.Trust).Outcome.Should().NotBe(CheckOutcome.Passed);
        report.Verdict.Should().Be(Verdict.Indeterminate);
    }

    // The LOTL's own KeyInfo certificate stands for the signer an operator takes from the Official Journal of the EU.
    private static TrustedList LoadSpanish()
    {
        var lotlPath = RepositoryPaths.InTestData("trusted-lists", "eu-lotl.xml");
        var lotl = ListOfTrustedLists.Load(File.ReadAllText(lotlPath), [KeyInfoCertificate(lotlPath)]);
        return lotl.LoadNational(File.ReadAllText(RepositoryPaths.InTestData("trusted-lists", "ES.xml")));
    }

    private static X509Certificate2 KeyInfoCertificate(string path)
    {
        var document = new XmlDocument();
        document.Load(path);
        var value = document.GetElementsByTagName("X509Certificate", "http://www.w3.org/2000/09/xmldsig#")
            .Cast<XmlNode>().Single(n => n.ParentNode?.ParentNode?.LocalName == "KeyInfo").InnerText;
        return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value.Trim()));
    }

    private static X509Certificate2 SampleTsaRoot()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(EuropassSigned))!;
        var entry = root["signatures"]![0]!["header"]!["etsiU"]![0]!.GetValue<string>();
        var sigTst = System.Text.Json.Nodes.JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(entry))!["sigTst"]!;
        var cms = new System.Security.Cryptography.Pkcs.SignedCms();
        cms.Decode(Convert.FromBase64String(sigTst["tstTokens"]![0]!["val"]!.GetValue<string>()));
        return cms.Certificates.Cast<X509Certificate2>().Single(c => c.Subject == c.Issuer);
    }
}
