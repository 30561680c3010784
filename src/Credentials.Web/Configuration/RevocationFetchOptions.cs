namespace Credentials.Web.Configuration;

/// <summary>Where the verifier may fetch OCSP responses and CRLs for seal certificates whose seal carries none.</summary>
internal sealed class RevocationFetchOptions
{
    /// <summary>Hosts (names or IP literals) of OCSP responders and CRL distribution points that may be asked, over HTTP or HTTPS; empty: nothing is fetched.</summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>The largest OCSP response or CRL accepted, in bytes.</summary>
    public int MaxBytes { get; set; } = 1024 * 1024;
}
