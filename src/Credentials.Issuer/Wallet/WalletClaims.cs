using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Vocabulary;

namespace Credentials.Issuer.Wallet;

/// <summary>
/// Maps an ELM <c>EuropeanDigitalCredential</c> to the flat claims of our SD-JWT VC (<see cref="WalletClaimNames"/>).
/// Language maps stay language maps (<c>{"fi": …, "sv": …}</c>); names, which ELM tags with a language, become plain
/// strings as in OpenID Connect.
/// </summary>
internal static class WalletClaims
{
    public static JsonObject From(JsonObject credential)
    {
        var claims = new JsonObject();
        var subject = One(credential["credentialSubject"]);
        var achievement = One(subject?["hasClaim"]);
        var specification = One(achievement?["specifiedBy"]);
        Add(claims, WalletClaimNames.Title, achievement?["title"] ?? specification?["title"]);
        Add(claims, WalletClaimNames.IssuerName, One(credential["issuer"])?["legalName"]);
        if (Ects(specification?["creditPoint"]) is { } ects)
        {
            claims[WalletClaimNames.Ects] = ects;
        }

        // The EQF concept ids end in the level: http://data.europa.eu/snb/eqf/6.
        if (Text(One(specification?["eqfLevel"])?["id"]) is { } eqf && int.TryParse(eqf[(eqf.LastIndexOf('/') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
        {
            claims[WalletClaimNames.EqfLevel] = level;
        }

        if (specification?["learningOutcome"] is { } outcomes)
        {
            claims[WalletClaimNames.LearningOutcomes] = new JsonArray(Many(outcomes).Select(o => o["title"]?.DeepClone()).OfType<JsonNode>().ToArray());
        }

        Add(claims, WalletClaimNames.AwardingDate, Date(One(achievement?["awardedBy"])?["awardingDate"]));
        Add(claims, WalletClaimNames.GivenName, FirstString(subject?["givenName"]));
        Add(claims, WalletClaimNames.FamilyName, FirstString(subject?["familyName"]));
        Add(claims, WalletClaimNames.Birthdate, Date(subject?["dateOfBirth"]));
        Add(claims, WalletClaimNames.StudentNumber, One(subject?["identifier"])?["notation"]);
        Add(claims, WalletClaimNames.NationalId, One(subject?["nationalID"])?["notation"]);
        Add(claims, WalletClaimNames.Email, Text(One(One(subject?["contactPoint"])?["emailAddress"])?["id"]) is { } mail && mail.StartsWith("mailto:", StringComparison.Ordinal) ? mail["mailto:".Length..] : null);
        Add(claims, WalletClaimNames.Grade, One(One(achievement?["provenBy"])?["grade"])?["noteLiteral"]);
        return claims;
    }

    private static void Add(JsonObject claims, string name, JsonNode? value)
    {
        if (value is not null)
        {
            claims[name] = value.DeepClone();
        }
    }

    private static void Add(JsonObject claims, string name, string? value)
    {
        if (value is not null)
        {
            claims[name] = value;
        }
    }

    private static JsonValue? Ects(JsonNode? creditPoints)
    {
        foreach (var credit in creditPoints is null ? [] : Many(creditPoints))
        {
            if (Text(One(credit["framework"])?["id"]) == ElmVocabulary.EctsFramework
                && Text(credit["point"]) is { } point
                && decimal.TryParse(point, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ects))
            {
                return JsonValue.Create(ects);
            }
        }

        return null;
    }

    private static string? Date(JsonNode? value) =>
        Text(value) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string? FirstString(JsonNode? value) => value switch
    {
        JsonObject map => map.Select(p => Text(p.Value)).FirstOrDefault(s => s is not null),
        _ => Text(value),
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static JsonObject? One(JsonNode? node) => node switch
    {
        JsonObject o => o,
        JsonArray a => a.OfType<JsonObject>().FirstOrDefault(),
        _ => null,
    };

    private static IEnumerable<JsonObject> Many(JsonNode node) => node switch
    {
        JsonObject o => [o],
        JsonArray a => a.OfType<JsonObject>(),
        _ => [],
    };
}
