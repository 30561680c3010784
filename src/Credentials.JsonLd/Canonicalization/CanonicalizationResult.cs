using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Credentials.JsonLd.Canonicalization;

/// <summary>The outcome of RDFC-1.0: the canonical N-Quads document and the issued identifier map.</summary>
public sealed class CanonicalizationResult
{
    private readonly Lazy<string> document;

    internal CanonicalizationResult(IReadOnlyList<string> lines, IReadOnlyDictionary<string, string> issuedIdentifiers)
    {
        Lines = lines;
        IssuedIdentifiers = issuedIdentifiers;
        document = new Lazy<string>(() => string.Concat(lines));
    }

    /// <summary>The canonical N-Quads document: sorted, distinct lines, each ending in <c>"\n"</c>.</summary>
    public string CanonicalNQuads => document.Value;

    /// <summary>The canonical lines (each with its terminating <c>"\n"</c>), in code point order.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The input blank node labels (without <c>_:</c>) mapped to their canonical labels (<c>c14nN</c>).</summary>
    public IReadOnlyDictionary<string, string> IssuedIdentifiers { get; }

    /// <summary>
    /// Hashes the UTF-8 bytes of <see cref="CanonicalNQuads"/> line by line, without building the whole document
    /// (what Data Integrity cryptosuites hash, e.g. VC-DI-EdDSA §3.3.4).
    /// </summary>
    /// <param name="algorithm">SHA256, SHA384 or SHA512.</param>
    /// <returns>The digest.</returns>
    public byte[] ComputeHash(HashAlgorithmName algorithm)
    {
        using var hash = IncrementalHash.CreateHash(algorithm);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            foreach (var line in Lines)
            {
                var needed = Encoding.UTF8.GetMaxByteCount(line.Length);
                if (needed > buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(needed);
                }

                var written = Encoding.UTF8.GetBytes(line, buffer);
                hash.AppendData(buffer, 0, written);
            }

            return hash.GetHashAndReset();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc />
    public override string ToString() => CanonicalNQuads;
}
