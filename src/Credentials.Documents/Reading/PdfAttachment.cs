namespace Credentials.Documents.Reading;

/// <summary>A file embedded in a PDF (PDF 32000-1 §7.11.4): its name and its bytes, decompressed.</summary>
/// <param name="Name">The file name the PDF gives it.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record PdfAttachment(string Name, ReadOnlyMemory<byte> Content);
