namespace Credentials.Proofs.TrustedLists;

/// <summary>
/// One status a trust service had (ETSI TS 119 612 §5.5.10 ServiceHistoryInstance), or its current status: it applies
/// from <paramref name="StatusStarting"/> until the next later status of the same service started.
/// </summary>
/// <param name="Type">The service type identifier during this period.</param>
/// <param name="Status">The status URI during this period, e.g. <c>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</c>.</param>
/// <param name="StatusStarting">When this status started.</param>
/// <param name="AdditionalInformation">The AdditionalServiceInformation URIs during this period (e.g. ForeSeals).</param>
public sealed record ServiceHistoryInstance(string Type, string Status, DateTimeOffset StatusStarting, IReadOnlyList<string> AdditionalInformation)
{
    /// <summary>The last segment of the status URI, e.g. <c>granted</c>.</summary>
    public string StatusName => Status[(Status.LastIndexOf('/') + 1)..];
}
