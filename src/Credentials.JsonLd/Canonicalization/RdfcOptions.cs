using System.Security.Cryptography;

namespace Credentials.JsonLd.Canonicalization;

/// <summary>Options for <see cref="RdfCanonicalizer"/>.</summary>
public sealed record RdfcOptions
{
    /// <summary>The default bound on Hash N-Degree Quads calls.</summary>
    public const int DefaultMaxHashNDegreeCalls = 4096;

    /// <summary>The hash function: <see cref="HashAlgorithmName.SHA256"/> (the RDFC-1.0 default) or SHA384.</summary>
    public HashAlgorithmName HashAlgorithm { get; init; } = HashAlgorithmName.SHA256;

    /// <summary>
    /// The most Hash N-Degree Quads invocations one canonicalization may make (RDFC-1.0 §4.4 "poison graphs").
    /// Exceeding it raises <see cref="RdfcLimitExceededException"/> instead of running for an unbounded time.
    /// </summary>
    public int MaxHashNDegreeCalls { get; init; } = DefaultMaxHashNDegreeCalls;
}
