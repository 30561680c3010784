using System.Text.Json;
using Credentials.Proofs.Findings;

namespace Credentials.Proofs.Formats;

/// <summary>
/// A credential as a format read it, format-neutral: the document, where it sits in the input, its issuer, its
/// validity bounds, and what is structurally wrong. The verifier's checks read this, never the format's own types.
/// </summary>
public sealed class SecuredCredential : IDisposable
{
    private readonly IDisposable? _owned;

    /// <summary>Creates the result; <paramref name="owned"/> is a parsed document this result keeps alive.</summary>
    public SecuredCredential(ICredentialFormat format, string description, IDisposable? owned = null)
    {
        Format = format;
        Description = description;
        _owned = owned;
    }

    /// <summary>The format that read it.</summary>
    public ICredentialFormat Format { get; }

    /// <summary>How the input is secured, in words, e.g. "VC-JWT (VC Data Model 1.1)".</summary>
    public string Description { get; }

    /// <summary>The credential object; null when the input holds none.</summary>
    public JsonElement? Document { get; init; }

    /// <summary>The JSON Pointer prefix of the credential in the input, e.g. <c>/vc</c>.</summary>
    public string Pointer { get; init; } = string.Empty;

    /// <summary>
    /// The UTF-8 JSON the credential was parsed from, with <see cref="Document"/> at <see cref="Pointer"/> in it, when
    /// the format holds those bytes itself (a JWS payload): what only a display needs can then be read from them
    /// again later, after this result is disposed. Empty otherwise.
    /// </summary>
    public ReadOnlyMemory<byte> Source { get; init; }

    /// <summary>The issuer id the credential names.</summary>
    public string? IssuerId { get; init; }

    /// <summary>Structural problems (format findings); empty when the input is a well-formed credential.</summary>
    public IReadOnlyList<Finding> Problems { get; init; } = [];

    /// <summary>Every validity bound, from the credential and from the envelope (JWT <c>nbf</c>/<c>exp</c>).</summary>
    public IReadOnlyList<ValidityBound> Bounds { get; init; } = [];

    /// <summary>Bounds that are present but not dates (validity findings).</summary>
    public IReadOnlyList<Finding> BoundProblems { get; init; } = [];

    /// <summary>For a selectively disclosable credential (SD-JWT), what the holder disclosed and how much was withheld.</summary>
    public SelectiveDisclosure? Disclosure { get; init; }

    /// <summary>Whether the envelope is one our issuer makes for its micro-credential profile, so Annex I gaps fail.</summary>
    public bool ClaimsMicroCredentialProfile { get; init; }

    /// <inheritdoc/>
    public void Dispose() => _owned?.Dispose();
}
