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

    /// <summary>By <see cref="Key"/> of an anchor certificate: the service description (list, service, and the status that applied at the time the anchors were taken).</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>The key <see cref="Names"/> uses: the certificate's SHA-256 hash in hex.</summary>
    public static string Key(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Convert.ToHexString(SHA256.HashData(certificate.RawData));
    }

    /// <summary>
    /// Collects the anchors of <paramref name="lists"/> whose services were granted at <paramref name="at"/>, by the
    /// status that applied then (current status or ServiceHistory). A seal is judged with the anchors at its proof of
    /// existence, a time-stamp with those at its own time.
    /// </summary>
    public static TrustedListAnchors From(IEnumerable<TrustedList> lists, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var seal = new X509Certificate2Collection();
        var tsa = new X509Certificate2Collection();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            Add(list.SealServices(at), at, seal, names);
            Add(list.TimeStampingServices(at), at, tsa, names);
        }

        return new TrustedListAnchors(seal, tsa, names);
    }

    private static void Add(IEnumerable<TrustedService> services, DateTimeOffset at, X509Certificate2Collection anchors, Dictionary<string, string> names)
    {
        foreach (var service in services)
        {
            foreach (var certificate in service.Certificates)
            {
                anchors.Add(certificate);
                names.TryAdd(Key(certificate), service.DescriptionAt(at));
            }
        }
    }
}
