namespace Credentials.Proofs.SdJwt;

/// <summary>
/// What a verifier asks of an SD-JWT's Key Binding JWT (RFC 9901 §7.3): given, a presentation without one fails.
/// </summary>
/// <param name="Nonce">The challenge the verifier gave; the KB-JWT's <c>nonce</c> must equal it.</param>
/// <param name="Audience">Who the verifier is; the KB-JWT's <c>aud</c> must equal it.</param>
/// <param name="MaxAge">How old the KB-JWT's <c>iat</c> may be (the clock skew is added both ways).</param>
public sealed record KeyBindingExpectation(string Nonce, string Audience, TimeSpan MaxAge)
{
    /// <summary>The age a key binding may have when the verifier does not say: five minutes.</summary>
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromMinutes(5);
}
