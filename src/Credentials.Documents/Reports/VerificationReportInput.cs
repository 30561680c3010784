using Credentials.Verifier.Reports;

namespace Credentials.Documents.Reports;

/// <summary>What a verification report prints: the report, its language and when the check was made.</summary>
/// <param name="Report">The verifier's report of the check.</param>
/// <param name="Language">fi, sv or en (en for any other).</param>
/// <param name="CheckedAt">The instant the check was made (the real time, also when <see cref="AsOf"/> is set).</param>
public sealed record VerificationReportInput(VerificationReport Report, string Language, DateTimeOffset CheckedAt)
{
    /// <summary>The instant the credential was checked as of, when the checker chose one (e.g. the hiring date).</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The name of the checked file, when a file was checked.</summary>
    public string? FileName { get; init; }
}
