using System.Text.Json;

namespace Credentials.Documents.Certificates;

/// <summary>What a PDF certificate is made from: the issued credential and the file the learner keeps.</summary>
public sealed record CertificateInput
{
    /// <summary>
    /// The credential document (ELM <c>EuropeanDigitalCredential</c>, or a VC-JWT payload with its <c>vc</c> claim)
    /// whose content the certificate shows; when null it is read from <see cref="CredentialFile"/> (a VC-JWT, a JAdES
    /// JSON serialization or a Data Integrity document).
    /// </summary>
    public JsonElement? Credential { get; init; }

    /// <summary>The signed credential file exactly as the learner receives it; embedded byte for byte.</summary>
    public required ReadOnlyMemory<byte> CredentialFile { get; init; }

    /// <summary>The attachment's file name, e.g. <c>900201.jwt</c>.</summary>
    public required string CredentialFileName { get; init; }

    /// <summary>The link the QR code and the text point at (a share link, or the verification page).</summary>
    public required string VerificationUrl { get; init; }

    /// <summary>
    /// The learner's language (<c>fi</c>, <c>sv</c> or <c>en</c>), shown first; when null, the credential's primary
    /// language.
    /// </summary>
    public string? Language { get; init; }
}
