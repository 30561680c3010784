namespace Credentials.Model.Ports;

/// <summary>
/// Supplies status-list credentials (W3C Bitstring Status List v1.0 §3.1) by their <c>statusListCredential</c> URL.
/// The CLI reads local files; the service fetches from operator-allowed hosts. Implementations return null when the
/// list cannot be had; the verifier then reports the status as unchecked (Indeterminate), never as active.
/// </summary>
public interface IStatusListSource
{
    /// <summary>Returns the status-list credential (a compact JWS) published at <paramref name="url"/>, or null.</summary>
    Task<string?> GetAsync(string url, CancellationToken cancellationToken);
}
