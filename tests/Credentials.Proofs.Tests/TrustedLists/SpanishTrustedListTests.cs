using Credentials.Proofs.TrustedLists;

namespace Credentials.Proofs.Tests.TrustedLists;

/// <summary>The real Spanish trusted list (TSL 146, 2023-10-24), verified through the real EU list of trusted lists.</summary>
public sealed class SpanishTrustedListTests
{
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
}
