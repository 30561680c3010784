namespace Credentials.Model.Registry;

/// <summary>A request to change a credential's status; every accepted change is written to the audit log.</summary>
/// <param name="CredentialId">The credential to change.</param>
/// <param name="Action">Revoke, suspend or reinstate.</param>
/// <param name="Actor">Who asks (an operator's user name or a service principal).</param>
/// <param name="Reason">Why, in the operator's words.</param>
public sealed record StatusChangeRequest(string CredentialId, StatusAction Action, string Actor, string Reason);
