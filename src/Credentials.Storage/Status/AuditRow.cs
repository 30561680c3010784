namespace Credentials.Storage.Status;

/// <summary>A <c>status_audit</c> row as Dapper reads it.</summary>
internal sealed class AuditRow
{
    public const string SelectColumns =
        "SELECT seq AS Seq, credential_id AS CredentialId, action AS Action, purpose AS Purpose, list_id AS ListId, idx AS Idx, " +
        "old_state AS OldState, new_state AS NewState, actor AS Actor, reason AS Reason, at_ms AS AtMs FROM status_audit";

    public long Seq { get; set; }

    public string CredentialId { get; set; } = string.Empty;

    public long Action { get; set; }

    public string Purpose { get; set; } = string.Empty;

    public long ListId { get; set; }

    public long Idx { get; set; }

    public long OldState { get; set; }

    public long NewState { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    public long AtMs { get; set; }
}
