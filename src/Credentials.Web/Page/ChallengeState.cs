namespace Credentials.Web.Page;

/// <summary>What <see cref="PresentationChallenges.Check"/> found.</summary>
internal enum ChallengeState
{
    /// <summary>Issued here, younger than its lifetime and not yet used.</summary>
    Valid,

    /// <summary>Not issued by this process (forged, mistyped, or from before a restart).</summary>
    Unknown,

    /// <summary>Issued here but older than its lifetime.</summary>
    Expired,

    /// <summary>Already answered by a presentation whose signature verified.</summary>
    Used,
}
