using Credentials.Model.MicroCredentials;

namespace Credentials.Verifier.Reports;

/// <summary>
/// What the credential says, for display. Read from the credential as given: nothing here is invented, and missing
/// items stay null. Shown whatever the verdict, so a reader can see what a failed credential claims.
/// </summary>
public sealed record CredentialContent
{
    /// <summary>The credential's <c>id</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The credential's types.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>The issuer id.</summary>
    public string? IssuerId { get; init; }

    /// <summary>The subject id.</summary>
    public string? SubjectId { get; init; }

    /// <summary>Date of issuing (<c>issued</c>, else <c>issuanceDate</c> or <c>validFrom</c>).</summary>
    public DateTimeOffset? Issued { get; init; }

    /// <summary>Start of validity.</summary>
    public DateTimeOffset? ValidFrom { get; init; }

    /// <summary>End of validity (<c>expirationDate</c> or <c>validUntil</c>).</summary>
    public DateTimeOffset? ValidUntil { get; init; }

    /// <summary>The Annex I content, when the credential is an ELM micro-credential.</summary>
    public MicroCredential? MicroCredential { get; init; }

    /// <summary>What an ELM credential says about its kind, dates, workload and display image; null for other credentials.</summary>
    public Model.Elm.ElmDisplay? Elm { get; init; }

    /// <summary>
    /// Whether the credential claims to be a micro-credential: it comes in one of our micro-credential envelopes,
    /// or its Europass display names itself a micro-credential. Only such a credential is held to Annex I.
    /// </summary>
    public bool ClaimsMicroCredential { get; init; }
}
