using System.Text.RegularExpressions;
using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Validation;

/// <summary>Small reusable checks that add <see cref="ModelProblem"/>s to one list.</summary>
internal sealed partial class Checks(List<ModelProblem> problems)
{
    public List<ModelProblem> Problems => problems;

    /// <summary>True once more problems than <see cref="MicroCredentialJson.MaxProblems"/> were found; loops stop then.</summary>
    public bool Full => problems.Count > MicroCredentialJson.MaxProblems;

    public void Add(string pointer, string code, string message) => problems.Add(new ModelProblem(pointer, code, message));

    public void Required(string? value, string pointer, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(pointer, ProblemCodes.Required, what + " is required.");
        }
    }

    public void Text(LanguageMap? text, string pointer, string what)
    {
        if (text is null || text.IsEmpty || text.Values.All(string.IsNullOrWhiteSpace))
        {
            Add(pointer, ProblemCodes.Required, $"Text for {what} is required in at least one language.");
        }
    }

    public void OptionalText(LanguageMap? text, string pointer)
    {
        if (text is not null && text.Values.Any(string.IsNullOrWhiteSpace))
        {
            Add(pointer, ProblemCodes.Required, "A language map entry is empty.");
        }
    }

    public void Concept(Concept? concept, ConceptVocabulary vocabulary, string pointer, string what)
    {
        if (concept is null)
        {
            Add(pointer, ProblemCodes.Required, what + " is required.");
        }
        else if (!vocabulary.Contains(concept.Id))
        {
            Add(pointer, ProblemCodes.InvalidConcept, $"{what} '{concept.Id}' is not in {vocabulary.Scheme}.");
        }
    }

    public void Country(string? code, string pointer, string what)
    {
        if (code is null)
        {
            Add(pointer, ProblemCodes.Required, what + " is required (ISO 3166-1 alpha-3, e.g. FIN).");
        }
        else if (Vocabularies.Countries.Find(code) is null)
        {
            Add(pointer, ProblemCodes.InvalidConcept, $"'{code}' is not a country code of {ElmVocabulary.CountryScheme}.");
        }
    }

    public void Organisation(Organisation? organisation, string at, string what, bool requireRegistration)
    {
        if (organisation is null)
        {
            Add(at, ProblemCodes.Required, $"Details of {what} are required.");
            return;
        }

        Text(organisation.LegalName, at + "/legalName", $"the legal name of {what}");
        Country(organisation.CountryCode, at + "/country", $"The country of {what}");
        if (organisation.Registration is { } registration)
        {
            Required(registration.Notation, at + "/registration/notation", "The registration identifier");
            Required(registration.Scheme, at + "/registration/scheme", "The registration identifier's scheme");
            if (string.Equals(registration.Scheme, FinnishBusinessId.Scheme, StringComparison.OrdinalIgnoreCase)
                && registration.Notation is not null && !FinnishBusinessId.IsValid(registration.Notation))
            {
                Add(at + "/registration/notation", ProblemCodes.InvalidFormat,
                    "This is not a valid Finnish business ID (form 1234567-1 with a correct check digit).");
            }
        }
        else if (requireRegistration && organisation.EidasIdentifier is null)
        {
            Add(at + "/registration", ProblemCodes.Required,
                $"A registration identifier (e.g. business ID) or an eIDAS identifier of {what} is required.");
        }

        OptionalText(organisation.Address, at + "/address");
        WebUrl(organisation.Homepage, at + "/homepage");
    }

    public void Uri(string? value, string pointer)
    {
        if (value is not null && !InputReader.IsAbsoluteUri(value))
        {
            Add(pointer, ProblemCodes.InvalidFormat, "Expected an absolute URI.");
        }
    }

    public void WebUrl(string? value, string pointer)
    {
        if (value is not null
            && !(System.Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http")))
        {
            Add(pointer, ProblemCodes.InvalidFormat, "Expected an http(s) URL.");
        }
    }

    public static bool IsEmail(string value) => EmailAddress.IsValid(value);

    public static bool IsDid(string value) => DidPattern().IsMatch(value);

    // W3C DID Core §3.1: did:<method-name>:<method-specific-id>, method names are lower-case letters and digits.
    [GeneratedRegex(@"^did:[a-z0-9]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._%-]$", RegexOptions.CultureInvariant)]
    private static partial Regex DidPattern();
}
