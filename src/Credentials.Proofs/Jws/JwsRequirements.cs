using Credentials.Proofs.Findings;
namespace Credentials.Proofs.Jws;

/// <summary>What a caller of <see cref="JwsVerifier"/> requires of the signer.</summary>
public sealed record JwsRequirements
{
    /// <summary>What is signed, for messages: "credential", "presentation", "status list".</summary>
    public required string What { get; init; }

    /// <summary>The verification relationship the key must be listed under (<c>assertionMethod</c>, <c>authentication</c>).</summary>
    public required string Purpose { get; init; }

    /// <summary>The DID whose key must have signed (the issuer, the holder); null: any DID's key.</summary>
    public string? SignerDid { get; init; }

    /// <summary>Who <see cref="SignerDid"/> is, for messages: "issuer", "holder".</summary>
    public string SignerRole { get; init; } = "issuer";

    /// <summary>The code reported when the <c>kid</c> names another DID than <see cref="SignerDid"/>.</summary>
    public string NotSignersCode { get; init; } = Findings.CheckCodes.ProofKeyNotIssuers;
}
