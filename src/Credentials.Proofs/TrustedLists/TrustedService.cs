using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.TrustedLists;

/// <summary>One trust service of an EU trusted list (ETSI TS 119 612 §5.5), as the verifier uses it.</summary>
/// <param name="ListName">The list: scheme territory and scheme operator, e.g. "FI trusted list (Traficom)".</param>
/// <param name="Name">The service name (TSPService/ServiceInformation/ServiceName).</param>
/// <param name="Type">The service type identifier, e.g. <c>http://uri.etsi.org/TrstSvc/Svctype/CA/QC</c>.</param>
/// <param name="Status">The current status URI, e.g. <c>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</c>.</param>
/// <param name="StatusStarting">When the current status started.</param>
/// <param name="Certificates">The service's digital identities (X.509 certificates).</param>
public sealed record TrustedService(string ListName, string Name, string Type, string Status, DateTimeOffset StatusStarting, IReadOnlyList<X509Certificate2> Certificates)
{
    /// <summary>The current AdditionalServiceInformation URIs of the service (e.g. ForeSeals).</summary>
    public IReadOnlyList<string> AdditionalInformation { get; init; } = [];

    /// <summary>The earlier statuses of the service (ETSI TS 119 612 §5.5.10 ServiceHistory), as the list gives them.</summary>
    public IReadOnlyList<ServiceHistoryInstance> History { get; init; } = [];

    /// <summary>"service 'Name' (status granted since 2016-07-01) of the FI trusted list (Operator)", with the current status.</summary>
    public string Description => Describe(Current);

    private ServiceHistoryInstance Current => new(Type, Status, StatusStarting, AdditionalInformation);

    /// <summary>
    /// The status that applied at <paramref name="at"/>: the current status when it had started by then, else the
    /// history instance that started last at or before <paramref name="at"/> (and before the current status); null
    /// when the list says nothing about the service at that time.
    /// </summary>
    public ServiceHistoryInstance? StatusAt(DateTimeOffset at)
    {
        if (StatusStarting <= at)
        {
            return Current;
        }

        return History.Where(h => h.StatusStarting <= at && h.StatusStarting < StatusStarting).MaxBy(h => h.StatusStarting);
    }

    /// <summary>The description with the status that applied at <paramref name="at"/> (the current one when none did).</summary>
    public string DescriptionAt(DateTimeOffset at) => Describe(StatusAt(at) ?? Current);

    private string Describe(ServiceHistoryInstance status) =>
        $"service '{Name}' (status {status.StatusName} since {status.StatusStarting:yyyy-MM-dd}) of the {ListName}";
}
