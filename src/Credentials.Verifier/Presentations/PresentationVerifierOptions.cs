namespace Credentials.Verifier.Presentations;

/// <summary>Limits of a <see cref="PresentationVerifier"/>.</summary>
public sealed record PresentationVerifierOptions
{
    /// <summary>The default number of credentials one presentation may hold.</summary>
    public const int DefaultMaxCredentials = 20;

    /// <summary>Inputs larger than this are refused before parsing; 2 MiB by default, as for credentials.</summary>
    public int MaxInputBytes { get; init; } = VerifierOptions.DefaultMaxInputBytes;

    /// <summary>A presentation with more credentials is refused and none of them is verified.</summary>
    public int MaxCredentials { get; init; } = DefaultMaxCredentials;

    /// <summary>Tolerance for clocks that disagree, for a VP-JWT's <c>nbf</c> and <c>exp</c>. Default 5 minutes.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);
}
