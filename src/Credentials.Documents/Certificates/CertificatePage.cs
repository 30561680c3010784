namespace Credentials.Documents.Certificates;

/// <summary>What one language's page of a certificate says, before it is laid out.</summary>
internal sealed record CertificatePage
{
    public required string Language { get; init; }
    public required CertificateLabels Labels { get; init; }
    public required string Title { get; init; }
    public required string Learner { get; init; }
    public required IReadOnlyList<CertificateRow> Rows { get; init; }
}
