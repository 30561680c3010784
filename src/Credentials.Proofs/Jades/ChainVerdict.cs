using System.Security.Cryptography.X509Certificates;

namespace Credentials.Proofs.Jades;

/// <summary>The outcome of building one certificate's chain to the operator's anchors.</summary>
/// <param name="Outcome">Passed, Failed (the chain is broken) or Indeterminate (no or unknown anchor, or no proof of existence).</param>
/// <param name="Message">A plain-language explanation.</param>
/// <param name="Code">The problem code, null when passed.</param>
/// <param name="Anchor">The anchor the chain reached, when passed.</param>
/// <param name="Issuer">The certificate's issuer in the passed chain; null when the certificate is itself the anchor.</param>
/// <param name="Path">The passed chain from the certificate up to and including the anchor; empty otherwise.</param>
internal sealed record ChainVerdict(JadesOutcome Outcome, string Message, string? Code, X509Certificate2? Anchor, X509Certificate2? Issuer = null, IReadOnlyList<X509Certificate2>? Path = null)
{
    /// <summary>Each certificate of the passed chain below the anchor with its issuer: what revocation is checked for (RFC 5280 §6.1: not the anchor).</summary>
    public IEnumerable<(X509Certificate2 Certificate, X509Certificate2 Issuer)> Issued()
    {
        var path = Path ?? [];
        for (var i = 0; i + 1 < path.Count && !ReferenceEquals(path[i], Anchor); i++)
        {
            yield return (path[i], path[i + 1]);
        }
    }
}
