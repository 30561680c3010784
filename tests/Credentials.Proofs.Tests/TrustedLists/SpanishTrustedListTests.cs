using Credentials.Proofs.TrustedLists;

namespace Credentials.Proofs.Tests.TrustedLists;

/// <summary>The real Spanish trusted list (TSL 146, 2023-10-24), verified through the real EU list of trusted lists.</summary>
public sealed class SpanishTrustedListTests
{
    private const string AnfSealService = "Qualified certificate issued by «ANF AC Qualified Certificates for eSeal»";

    private static readonly Lazy<TrustedList> Spanish = new(EuTrustedListFiles.LoadSpanish);

    [Fact]
    public void Load_SpanishListWithItsKeyInfoSigner_SignatureVerifies()
    {
        var list = TrustedList.Load(EuTrustedListFiles.Spanish, [EuTrustedListFiles.KeyInfoCertificate(EuTrustedListFiles.SpanishPath)]);

        list.Name.Should().Be("ES trusted list (MINISTRY OF ECONOMY AND BUSINESS)");
    }

    [Fact]
    public void LoadNational_SpanishListThroughTheLotl_SignatureVerifiesWithTheSignersTheLotlNames()
    {
        var lotl = EuTrustedListFiles.LoadLotl();

        var list = lotl.LoadNational(EuTrustedListFiles.Spanish);

        lotl.Name.Should().StartWith("EU list of trusted lists (");
        lotl.Territories.Should().Contain("ES");
        lotl.Locations.Should().Contain("https://sedediatid.mineco.gob.es/Prestadores/TSL/TSL.xml");
        list.Name.Should().Be("ES trusted list (MINISTRY OF ECONOMY AND BUSINESS)");
    }

    [Fact]
    public void LoadNational_SpanishListWithOneServiceNameChanged_Refused()
    {
        var tampered = EuTrustedListFiles.Spanish.Replace("ANF AC Qualified Certificates for eSeal»</Name>", "ANF AC Qualified Certificates for eSeaI»</Name>", StringComparison.Ordinal);

        var act = () => EuTrustedListFiles.LoadLotl().LoadNational(tampered);

        tampered.Should().NotBe(EuTrustedListFiles.Spanish);
        act.Should().Throw<TrustedListException>().WithMessage("*does not verify*");
    }

    [Fact]
    public void Load_LotlWithTheSpanishPointerCertificateChanged_Refused()
    {
        var lotl = EuTrustedListFiles.Lotl;
        var signer = Convert.ToBase64String(EuTrustedListFiles.KeyInfoCertificate(EuTrustedListFiles.SpanishPath).RawData);
        var at = lotl.IndexOf(signer, StringComparison.Ordinal);
        var tampered = lotl[..(at + 100)] + (lotl[at + 100] == 'A' ? 'B' : 'A') + lotl[(at + 101)..];

        var act = () => ListOfTrustedLists.Load(tampered, [EuTrustedListFiles.LotlSigner()]);

        at.Should().BeGreaterThan(0, "the LOTL names the certificate that signed the Spanish list");
        act.Should().Throw<TrustedListException>();
    }

    [Fact]
    public void SealServices_AnfSealCa_AnAnchorFromItsGrantedStatusOn()
    {
        var before = Spanish.Value.SealServices(new DateTimeOffset(2023, 1, 30, 0, 0, 0, TimeSpan.Zero));
        var after = Spanish.Value.SealServices(new DateTimeOffset(2023, 9, 27, 11, 54, 20, TimeSpan.Zero));

        before.Should().NotContain(s => s.Name == AnfSealService, "its status started on 2023-01-31 and the list has no history for it");
        var anf = after.Should().ContainSingle(s => s.Name == AnfSealService).Which;
        anf.Type.Should().Be(TrustedList.QualifiedCa);
        anf.History.Should().BeEmpty();
        anf.Certificates.Should().Contain(c => c.Subject.Contains("CN=ANF AC Qualified Certificates for eSeal", StringComparison.Ordinal));
    }

    // SUBCA1 MEYSS: granted for signatures from 2017-04-11, for signatures and seals from 2018-05-07, withdrawn 2023-03-28.
    [Theory]
    [InlineData("2017-06-01", false)]
    [InlineData("2019-01-01", true)]
    [InlineData("2023-03-27", true)]
    [InlineData("2023-06-01", false)]
    public void SealServices_ServiceWithHistory_AnAnchorOnlyWhileItsHistoryMakesItAGrantedSealCa(string at, bool anchor)
    {
        var time = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

        var services = Spanish.Value.SealServices(time).Where(s => s.Name == "SUBCA1 MEYSS").ToList();

        services.Should().HaveCount(anchor ? 1 : 0);
        Spanish.Value.Services.Single(s => s.Name == "SUBCA1 MEYSS").Status.Should().EndWith("/withdrawn");
    }

    [Fact]
    public void From_ServiceWithdrawnSince_NamesTheStatusThatAppliedThen()
    {
        var at = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var anchors = TrustedListAnchors.From([Spanish.Value], at);

        var meyss = Spanish.Value.Services.Single(s => s.Name == "SUBCA1 MEYSS");
        anchors.Names[TrustedListAnchors.Key(meyss.Certificates[0])].Should().Be("service 'SUBCA1 MEYSS' (status granted since 2018-05-07) of the ES trusted list (MINISTRY OF ECONOMY AND BUSINESS)");
        meyss.Description.Should().Contain("status withdrawn since 2023-03-28");
    }

    [Fact]
    public void TimeStampingServices_TsaWithdrawnIn2023_GrantedByItsHistoryIn2020Only()
    {
        const string Fnmt = "Qualified timestamps issued by Autoridad de Sellado de Tiempo FNMT-RCM TSU 2016";

        var in2020 = Spanish.Value.TimeStampingServices(new DateTimeOffset(2020, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var in2023 = Spanish.Value.TimeStampingServices(new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero));

        in2020.Should().Contain(s => s.Name == Fnmt);
        in2023.Should().NotContain(s => s.Name == Fnmt);
    }
}
