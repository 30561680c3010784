using System.Security.Cryptography.X509Certificates;
using Credentials.Proofs.Jades;
using Credentials.Proofs.TrustedLists;

namespace Credentials.Proofs.Tests.TrustedLists;

/// <summary>The EU list of trusted lists: verified, it names each national list's signers; national files are verified with them.</summary>
public sealed class ListOfTrustedListsTests : IDisposable
{
    private readonly (X509Certificate2 Signer, System.Security.Cryptography.RSA Key) _lotl = TestTrustedList.Signer();
    private readonly (X509Certificate2 Signer, System.Security.Cryptography.RSA Key) _fi = TestTrustedList.Signer();
    private readonly (X509Certificate2 Signer, System.Security.Cryptography.RSA Key) _stranger = TestTrustedList.Signer();
    private readonly X509Certificate2 _ca = TestSealCertificate.Create("Test QTSP", "VATFI-00000001", "FI", TimeProvider.System);

    [Fact]
    public void LoadNational_ListSignedByTheSignerTheLotlNames_ItsSealServicesAreAnchors()
    {
        var lotl = ListOfTrustedLists.Load(TestTrustedList.ListOfLists(_lotl.Key, ("FI", _fi.Signer), ("SE", _stranger.Signer)), [_lotl.Signer]);

        var national = lotl.LoadNational(TestTrustedList.SignedFor("FI", _fi.Key, ("Test QC CA", TrustedList.QualifiedCa, TrustedList.Granted, _ca)));

        lotl.Name.Should().Be("EU list of trusted lists (Test Commission)");
        lotl.Territories.Should().BeEquivalentTo(["FI", "SE"]);
        lotl.Locations.Should().Contain("https://tl.example/FI.xml");
        national.Name.Should().StartWith("FI trusted list");
        TrustedListAnchors.From([national], DateTimeOffset.UtcNow).SealAnchors.Should().ContainSingle().Which.Thumbprint.Should().Be(_ca.Thumbprint);
    }

    [Fact]
    public void LoadNational_ListSignedByAnotherTerritorysSigner_Refused()
    {
        var lotl = ListOfTrustedLists.Load(TestTrustedList.ListOfLists(_lotl.Key, ("FI", _fi.Signer), ("SE", _stranger.Signer)), [_lotl.Signer]);

        var act = () => lotl.LoadNational(TestTrustedList.SignedFor("FI", _stranger.Key, ("Test QC CA", TrustedList.QualifiedCa, TrustedList.Granted, _ca)));

        act.Should().Throw<TrustedListException>().WithMessage("*does not verify with any configured trusted-list signer*");
    }

    [Fact]
    public void LoadNational_TerritoryNotPointedTo_Refused()
    {
        var lotl = ListOfTrustedLists.Load(TestTrustedList.ListOfLists(_lotl.Key, ("FI", _fi.Signer)), [_lotl.Signer]);

        var act = () => lotl.LoadNational(TestTrustedList.SignedFor("DE", _fi.Key, ("Test QC CA", TrustedList.QualifiedCa, TrustedList.Granted, _ca)));

        act.Should().Throw<TrustedListException>().WithMessage("*names no signer for a trusted list of territory 'DE'*");
    }

    [Fact]
    public void Load_LotlNotSignedByAConfiguredSigner_Refused()
    {
        var act = () => ListOfTrustedLists.Load(TestTrustedList.ListOfLists(_stranger.Key, ("FI", _fi.Signer)), [_lotl.Signer]);

        act.Should().Throw<TrustedListException>();
    }

    [Fact]
    public void Load_TamperedPointer_Refused()
    {
        var xml = TestTrustedList.ListOfLists(_lotl.Key, ("FI", _fi.Signer)).Replace(Convert.ToBase64String(_fi.Signer.RawData), Convert.ToBase64String(_stranger.Signer.RawData), StringComparison.Ordinal);

        var act = () => ListOfTrustedLists.Load(xml, [_lotl.Signer]);

        act.Should().Throw<TrustedListException>();
    }

    public void Dispose()
    {
        foreach (var (signer, key) in new[] { _lotl, _fi, _stranger })
        {
            signer.Dispose();
            key.Dispose();
        }

        _ca.Dispose();
    }
}
