using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Elm;

/// <summary>
/// Maps an ELM v3 <c>EuropeanDigitalCredential</c> back to a <see cref="MicroCredential"/> for display after
/// verification. Best effort: items that are missing or unreadable stay null or empty, every property may be one
/// value or an array (real Europass files use both), and odd input never throws.
/// </summary>
public static partial class ElmCredentialReader
{
    /// <summary>Reads the credential (or the <c>vc</c> claim of a VC-JWT payload).</summary>
    public static MicroCredential Read(JsonElement credential)
    {
        try
        {
            return ReadUnchecked(credential);
        }
        catch (InvalidOperationException)
        {
            // Only a member name or text that is not valid UTF-8 gets here; there is nothing sound to show.
            return new MicroCredential(new MicroCredentialTemplate(), new Learner(), new Award());
        }
    }

    private static MicroCredential ReadUnchecked(JsonElement credential)
    {
        if (ElmRead.Object(credential, "vc") is { } vc)
        {
            credential = vc;
        }

        var subject = ElmRead.Object(credential, "credentialSubject") ?? default;
        var achievement = ElmRead.Object(subject, "hasClaim") ?? default;
        var spec = ElmRead.Object(achievement, "specifiedBy") ?? default;
        var assessment = ElmRead.Object(achievement, "provenBy") ?? default;
        var process = ElmRead.Object(achievement, "awardedBy") ?? default;
        var display = ElmRead.Object(credential, "displayParameter") ?? default;
        var issuerNode = ElmRead.Object(credential, "issuer");
        var primary = ElmRead.Concept(display, "primaryLanguage") is { } language
            ? Vocabularies.Languages.CodeOf(language.Id) ?? "en"
            : "en";

        var template = ElmTemplateReader.Read(credential, achievement, spec, assessment, process, issuerNode, primary)
            with { Title = ElmRead.Text(achievement, "title") ?? ElmRead.Text(spec, "title") ?? ElmRead.Text(display, "title") };
        var award = new Award
        {
            Grade = ElmRead.Note(assessment, "grade"),
            AwardDate = DateTime(ElmRead.String(process, "awardingDate")),
        };
        return new MicroCredential(template, Learner(subject, primary), award);
    }

    internal static DateTimeOffset? DateTime(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;

    internal static decimal? Decimal(string? text) =>
        text is not null && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    internal static decimal? Hours(string? duration)
    {
        // Only whole-hour durations (PT135H, PT1.5H) are our notional hours; other durations are not guessed at.
        var match = duration is null ? null : HoursPattern().Match(duration);
        return match is { Success: true } ? Decimal(match.Groups[1].Value) : null;
    }

    private static Learner Learner(JsonElement subject, string primary)
    {
        var identifier = ElmRead.Many(subject, "identifier").FirstOrDefault(i => ElmRead.String(i, "notation") is not null);
        var national = ElmRead.Object(subject, "nationalID");
        var email = ElmRead.Many(subject, "contactPoint")
            .SelectMany(c => ElmRead.Many(c, "emailAddress"))
            .Select(ElmRead.Id)
            .FirstOrDefault(id => id is not null && id.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));
        var id = ElmRead.String(subject, "id");
        var birth = DateTime(ElmRead.String(subject, "dateOfBirth"));
        return new Learner
        {
            GivenName = ElmRead.Text(subject, "givenName")?.Best(primary),
            FamilyName = ElmRead.Text(subject, "familyName")?.Best(primary),
            DateOfBirth = birth is { } b ? DateOnly.FromDateTime(b.UtcDateTime) : null,
            StudentNumber = identifier.ValueKind == JsonValueKind.Object ? ElmRead.String(identifier, "notation") : null,
            StudentNumberScheme = identifier.ValueKind == JsonValueKind.Object ? ElmRead.String(identifier, "schemeName") : null,
            NationalId = national is { } n ? ElmRead.String(n, "notation") : null,
            NationalIdCountry = national is { } c ? ElmRead.CountryCode(ElmRead.Concept(c, "spatial")) : null,
            Email = email?["mailto:".Length..],
            Did = id is not null && id.StartsWith("did:", StringComparison.Ordinal) ? id : null,
        };
    }

    [GeneratedRegex(@"^PT(\d+(?:\.\d+)?)H$", RegexOptions.CultureInvariant)]
    private static partial Regex HoursPattern();
}
