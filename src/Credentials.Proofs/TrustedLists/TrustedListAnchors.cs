using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.TrustedLists;

/// <summary>The seal and TSA anchors taken from trusted lists, and for each anchor the list, service and status it came from.</summary>
public sealed class TrustedListAnchors
{
    private TrustedListAnchors(X509Certificate2Collection seal, X509Certificate2Collection tsa, IReadOnlyDictionary<string, string> names)
    {
        SealAnchors = seal;
        TsaAnchors = tsa;
        Names = names;
    }

    /// <summary>Certificates of granted qualified CA services for seals.</summary>
    public X509Certificate2Collection SealAnchors { get; }

    /// <summary>Certificates of granted qualified time-stamping services.</summary>
    public X509Certificate2Collection TsaAnchors { get; }

    /// <summary>By <see cref="Key"/> of an anchor certificate: the service description (list, service, status).</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>The key <see cref="Names"/> uses: the certificate's SHA-256 hash in hex.</summary>
    public static string Key(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Convert.ToHexString(SHA256.HashData(certificate.RawData));
    }

    /// <summary>Collects the anchors of <paramref name="lists"/> whose services are granted at <paramref name="at"/>.</summary>
    public static TrustedListAnchors From(IEnumerable<TrustedList> lists, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var seal = new X509Certificate2Collection();
        var tsa = new X509Certificate2Collection();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            Add(list.SealServices(at), seal, names);
            Add(list.TimeStampingServices(at), tsa, names);
        }

        return new TrustedListAnchors(seal, tsa, names);
    }

    private static void Add(IEnumerable<TrustedService> services, X509Certificate2Collection anchors, Dictionary<string, string> names)
    {
        foreach (var service in services)
        {
            foreach (var certificate in service.Certificates)
            {
                anchors.Add(certificate);
                names.TryAdd(Key(certificate), service.Description);
            }
        }
    }
}
