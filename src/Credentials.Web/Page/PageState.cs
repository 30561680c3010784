using Credentials.Verifier.Reports;

namespace Credentials.Web.Page;

/// <summary>
/// What one rendering of the page shows: the language, the result (if any) and what was checked, so the result
/// survives a language switch and the PDF report can re-verify the same bytes.
/// </summary>
internal sealed record PageState(string Language)
{
    public VerificationReport? Report { get; init; }

    /// <summary>A <see cref="PageTexts"/> key for the error sentence; <see cref="ErrorArgument"/> fills its <c>{0}</c>.</summary>
    public string? ErrorKey { get; init; }

    public string? ErrorArgument { get; init; }

    public bool DemoIssuer { get; init; }

    /// <summary>The pasted text, put back in the box.</summary>
    public string? Pasted { get; init; }

    /// <summary>The name of the checked file, shown with the result.</summary>
    public string? FileName { get; init; }

    /// <summary>The bytes that were checked; carried (base64) in the hidden form behind the language buttons and the report button.</summary>
    public byte[]? Checked { get; init; }

    public DateTimeOffset? CheckedAt { get; init; }

    /// <summary>The date the employer checked the credential as of (<c>yyyy-MM-dd</c>), when one was given.</summary>
    public string? AsOf { get; init; }

    /// <summary>The input looks like a presentation: the page points to the presentation page.</summary>
    public bool IsPresentation { get; init; }
}
