namespace Credentials.Storage.Status;

/// <summary>A credential's status and issuer, as a status change reads them.</summary>
internal sealed class StatusOwnerRow
{
    public long Status { get; set; }

    public string Issuer { get; set; } = string.Empty;
}
