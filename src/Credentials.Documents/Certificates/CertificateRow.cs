namespace Credentials.Documents.Certificates;

/// <summary>One labelled item of a certificate page: the label and its value lines.</summary>
internal sealed record CertificateRow(string Label, IReadOnlyList<string> Lines);
