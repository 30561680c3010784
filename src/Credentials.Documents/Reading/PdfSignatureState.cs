namespace Credentials.Documents.Reading;

/// <summary>What a PDF's signature says about the file.</summary>
public enum PdfSignatureState
{
    /// <summary>The PDF carries no signature.</summary>
    None,

    /// <summary>The signature is mathematically valid and covers the whole file: nothing was changed after signing.</summary>
    Intact,

    /// <summary>The signature is valid for the part it covers, but bytes were added after signing (an incremental update).</summary>
    ChangedAfterSigning,

    /// <summary>The signature does not match the signed bytes, or cannot be read: the PDF was changed or forged.</summary>
    Broken,
}
