namespace Credentials.Proofs.Jades;

/// <summary>What one verified CRL or OCSP response says about one certificate.</summary>
/// <param name="Source">"CRL" or "OCSP response", for messages.</param>
/// <param name="ThisUpdate">When the status was known to be as stated.</param>
/// <param name="RevokedAt">The revocation time, null when the certificate is not revoked.</param>
/// <param name="NextUpdate">When newer status will be available (CRL nextUpdate, OCSP nextUpdate), if stated.</param>
internal sealed record RevocationEvidence(string Source, DateTimeOffset ThisUpdate, DateTimeOffset? RevokedAt, DateTimeOffset? NextUpdate = null);
