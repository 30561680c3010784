using System.Text.RegularExpressions;

namespace Credentials.Model.Validation;

/// <summary>The e-mail address shape the model accepts, for every reader of learner data.</summary>
public static partial class EmailAddress
{
    /// <summary>True when <paramref name="value"/> looks like <c>local@domain.tld</c> without spaces or angle brackets.</summary>
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    // A pragmatic address shape (local@domain.tld); RFC 5322 allows more, but a credential needs a deliverable address.
    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
