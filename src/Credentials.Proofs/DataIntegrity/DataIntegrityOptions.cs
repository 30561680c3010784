using Credentials.JsonLd.Loading;

namespace Credentials.Proofs.DataIntegrity;

/// <summary>The proof options of <see cref="DataIntegrityProofs.SignAsync"/> (VC Data Integrity 1.0 §2.1).</summary>
public sealed record DataIntegrityOptions
{
    /// <summary><see cref="Cryptosuites.EddsaRdfc2022"/> (default) or <see cref="Cryptosuites.EddsaJcs2022"/>.</summary>
    public string Cryptosuite { get; init; } = Cryptosuites.EddsaRdfc2022;

    /// <summary>The proof purpose: <see cref="ProofPurposes.AssertionMethod"/> (default) for credentials,
    /// <see cref="ProofPurposes.Authentication"/> for presentations.</summary>
    public string ProofPurpose { get; init; } = ProofPurposes.AssertionMethod;

    /// <summary>The proof's <c>created</c>, written in UTC to the second. When null, the current time of
    /// <see cref="TimeProvider"/> is used.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>The clock for <c>created</c> when <see cref="Created"/> is not given.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The verifier's challenge (a nonce), for presentations.</summary>
    public string? Challenge { get; init; }

    /// <summary>The domain the proof is meant for, for presentations.</summary>
    public string? Domain { get; init; }

    /// <summary>An <c>id</c> for the new proof (a URL such as <c>urn:uuid:…</c>), needed when a later proof is to
    /// name it in <c>previousProof</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The ids of existing proofs this proof chains to (VC Data Integrity 1.0 §4.3): they are signed over
    /// together with the document.</summary>
    public IReadOnlyList<string>? PreviousProof { get; init; }

    /// <summary>The JSON-LD context loader for <c>eddsa-rdfc-2022</c>; the bundled, offline loader by default.</summary>
    public IDocumentLoader DocumentLoader { get; init; } = BundledContexts.Loader;
}
