namespace Credentials.Proofs.Jades;

/// <summary>The DER CRLs and OCSP responses a seal carries in <c>etsiU</c> <c>rVals</c> (unverified until checked).</summary>
internal sealed class RevocationValues
{
    /// <summary>CRLs (<c>crlVals</c>).</summary>
    public List<byte[]> Crls { get; } = [];

    /// <summary>OCSP responses (<c>ocspVals</c>).</summary>
    public List<byte[]> OcspResponses { get; } = [];

    /// <summary>How many values there are.</summary>
    public int Count => Crls.Count + OcspResponses.Count;
}
