namespace Credentials.Verifier.Display;

/// <summary>One labelled line of a credential's content, ready to show.</summary>
/// <param name="Key">A stable key for the row (e.g. <c>learner</c>).</param>
/// <param name="Label">The label in the requested language.</param>
/// <param name="Value">The value as given in the credential, or the "not stated" text; never invented.</param>
/// <param name="Missing">Whether the credential does not state this item.</param>
public sealed record SummaryRow(string Key, string Label, string Value, bool Missing);
