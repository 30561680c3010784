namespace Credentials.Model.Registry;

/// <summary>A request to change a credential's status; every accepted change is written to the audit log.</summary>
/// <param name="CredentialId">The credential to change.</param>
/// <param name="Action">Revoke, suspend or reinstate.</param>
/// <param name="Actor">Who asks (an operator's user name or a service principal).</param>
/// <param name="Reason">Why, in the operator's words.</param>
public sealed record StatusChangeRequest(string CredentialId, StatusAction Action, string Actor, string Reason)
{
    /// <summary>
    /// The issuer the caller acts for; when set, a credential of another issuer is refused with
    /// <see cref="StatusChangeOutcome.WrongIssuer"/> and nothing changes.
    /// </summary>
    public string? Issuer { get; init; }
}
