namespace Credentials.Model.Elm;

/// <summary>What <see cref="ElmCredentialBuilder"/> needs besides the model: identifiers and times.</summary>
public sealed record ElmBuildOptions
{
    /// <summary>The credential's <c>id</c>, e.g. <c>urn:uuid:…</c>; also the seed of derived ids.</summary>
    public required string CredentialId { get; init; }

    /// <summary>The issuer's identifier (a DID); becomes <c>issuer.id</c>.</summary>
    public required string IssuerId { get; init; }

    /// <summary>Issuing time: <c>issued</c>, <c>issuanceDate</c>, and <c>validFrom</c> unless the template sets one.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>Optional <c>expirationDate</c>; overrides the template's <c>ValidUntil</c>.</summary>
    public DateTimeOffset? ExpirationDate { get; init; }
}
