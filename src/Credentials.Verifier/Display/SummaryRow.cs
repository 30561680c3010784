namespace Credentials.Verifier.Display;

/// <summary>One labelled line of a credential's content, ready to show.</summary>
/// <param name="Key">A stable key for the row (e.g. <c>learner</c>).</param>
/// <param name="Label">The label in the requested language.</param>
/// <param name="Value">The value as given in the credential, or the "not stated" text; never invented.</param>
/// <param name="Missing">Whether the credential does not state this item.</param>
/// <param name="Optional">Whether a display may leave the row out when it is missing: an item this kind of credential
/// need not state (an Annex I element of a credential that does not claim to be a micro-credential, activity dates…).</param>
public sealed record SummaryRow(string Key, string Label, string Value, bool Missing, bool Optional = false)
{
    /// <summary>Whether a display shows the row: stated, or missing where it should have been stated.</summary>
    public bool Shown => !Missing || !Optional;
}
