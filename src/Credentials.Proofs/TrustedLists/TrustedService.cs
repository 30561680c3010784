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
    /// <summary>The AdditionalServiceInformation URIs of the service (e.g. ForeSeals).</summary>
    public IReadOnlyList<string> AdditionalInformation { get; init; } = [];

    /// <summary>"service 'Name' (status granted since 2016-07-01) of the FI trusted list (Operator)".</summary>
    public string Description =>
        $"service '{Name}' (status {Status[(Status.LastIndexOf('/') + 1)..]} since {StatusStarting:yyyy-MM-dd}) of the {ListName}";
}
