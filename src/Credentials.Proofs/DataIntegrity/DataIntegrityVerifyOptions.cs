using Credentials.JsonLd.Loading;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>What <see cref="DataIntegrityProofs.VerifyAsync"/> expects of every proof.</summary>
public sealed record DataIntegrityVerifyOptions
{
    /// <summary>The purpose every proof must have; <see cref="ProofPurposes.AssertionMethod"/> by default.</summary>
    public string ExpectedPurpose { get; init; } = ProofPurposes.AssertionMethod;

    /// <summary>The challenge a presentation's proofs must carry; null to not check it.</summary>
    public string? Challenge { get; init; }

    /// <summary>The domain a presentation's proofs must include; null to not check it.</summary>
    public string? Domain { get; init; }

    /// <summary>The id that must control every verification method: the issuer of a credential, the holder of a
    /// presentation. Null skips this check (the caller then binds the key to the issuer itself).</summary>
    public string? ExpectedController { get; init; }

    /// <summary>Controller documents (DID Core §5 shaped) by controller id, for verification methods that are not
    /// DIDs (e.g. <c>https://issuer.example/keys#key-1</c>); they are looked up before the DID resolver.</summary>
    public IReadOnlyDictionary<string, string>? ControllerDocuments { get; init; }

    /// <summary>The clock a proof's <c>expires</c> is compared with; the system clock by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The JSON-LD context loader for <c>eddsa-rdfc-2022</c>; the bundled, offline loader by default.</summary>
    public IDocumentLoader DocumentLoader { get; init; } = BundledContexts.Loader;
}
