using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Credentials.JsonLd.Canonicalization;

/// <summary>RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, 21 May 2024).</summary>
public static class RdfCanonicalizer
{
    /// <summary>Canonicalizes a dataset: relabels its blank nodes deterministically and sorts the N-Quads.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Hash function and work limit; <see langword="null"/> for the defaults.</param>
    /// <returns>The canonical N-Quads and the issued identifier map.</returns>
    /// <exception cref="RdfcLimitExceededException">The dataset needs more work than the limit allows.</exception>
    /// <exception cref="ArgumentException">The hash algorithm is neither SHA-256 nor SHA-384.</exception>
    public static CanonicalizationResult Canonicalize(RdfDataset dataset, RdfcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new RdfcOptions();
        if (options.HashAlgorithm != HashAlgorithmName.SHA256 && options.HashAlgorithm != HashAlgorithmName.SHA384)
        {
            throw new ArgumentException("RDFC-1.0 supports SHA-256 and SHA-384 only.", nameof(options));
        }

        return new CanonicalizationRun(dataset, options).Run();
    }

    /// <summary>Canonicalizes and returns only the canonical N-Quads document.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Hash function and work limit; <see langword="null"/> for the defaults.</param>
    /// <returns>The canonical N-Quads document.</returns>
    /// <exception cref="RdfcLimitExceededException">The dataset needs more work than the limit allows.</exception>
    public static string ToCanonicalNQuads(RdfDataset dataset, RdfcOptions? options = null) =>
        Canonicalize(dataset, options).CanonicalNQuads;
}
