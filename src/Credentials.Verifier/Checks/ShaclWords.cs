using System.Globalization;
using System.Text.RegularExpressions;
using Credentials.Shacl.Validation;

namespace Credentials.Verifier.Checks;

/// <summary>
/// A SHACL result in words for a reader, in en, fi and sv: which item of which part of the credential, what is wrong,
/// and the rule with its path ("The credential’s ‘valid from’ is missing (rule: minimum count 1 at credential ›
/// validFrom)").
/// </summary>
internal static partial class ShaclWords
{
    public static IReadOnlyDictionary<string, string> Describe(ValidationResult result) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = Describe(result, "en"),
        ["fi"] = Describe(result, "fi"),
        ["sv"] = Describe(result, "sv"),
    };

    public static string Describe(ValidationResult result, string language)
    {
        var property = result.Path is null ? null : LocalName(result.Path);
        var item = property is null ? null : Words(property);
        var part = Part(result.FocusNode.ToString());
        var component = result.ComponentName.EndsWith("ConstraintComponent", StringComparison.Ordinal) ? result.ComponentName[..^"ConstraintComponent".Length] : result.ComponentName;
        var bound = Bound().Match(result.Message) is { Success: true } m ? m.Groups[1].Value : null;
        var problem = (component, language) switch
        {
            ("MinCount", "fi") => "puuttuu",
            ("MinCount", "sv") => "saknas",
            ("MinCount", _) => "is missing",
            ("MaxCount", "fi") => "on annettu liian monta kertaa",
            ("MaxCount", "sv") => "anges för många gånger",
            ("MaxCount", _) => "is given too many times",
            ("Closed", "fi") => "ei ole tässä sallittu",
            ("Closed", "sv") => "är inte tillåten här",
            ("Closed", _) => "is not allowed here",
            (_, "fi") => "ei ole vaaditussa muodossa",
            (_, "sv") => "har inte den form som krävs",
            _ => "is not in the required form",
        };
        var rule = (component, language) switch
        {
            ("MinCount", "fi") => "vähimmäismäärä " + bound,
            ("MinCount", "sv") => "minsta antal " + bound,
            ("MinCount", _) => "minimum count " + bound,
            ("MaxCount", "fi") => "enimmäismäärä " + bound,
            ("MaxCount", "sv") => "högsta antal " + bound,
            ("MaxCount", _) => "maximum count " + bound,
            _ => "sh:" + char.ToLowerInvariant(component[0]) + component[1..],
        };
        var where = property is null ? part : part + " › " + property;
        var subject = (language, part == "credential", item) switch
        {
            ("fi", true, { } i) => $"Todisteen tieto ’{i}’",
            ("fi", false, { } i) => $"Kohdan ’{part}’ tieto ’{i}’",
            ("fi", true, null) => "Todiste",
            ("fi", false, null) => $"Kohta ’{part}’",
            ("sv", true, { } i) => $"Intygets uppgift ’{i}’",
            ("sv", false, { } i) => $"Uppgiften ’{i}’ i ’{part}’",
            ("sv", true, null) => "Intyget",
            ("sv", false, null) => $"Delen ’{part}’",
            (_, true, { } i) => $"The credential’s ‘{i}’",
            (_, false, { } i) => $"The ‘{i}’ of ‘{part}’",
            (_, true, null) => "The credential",
            _ => $"The part ‘{part}’",
        };
        var ruleWord = language switch { "fi" => "sääntö", "sv" => "regel", _ => "rule" };
        var at = language switch { "fi" => ",", "sv" => " vid", _ => " at" };
        return string.Create(CultureInfo.InvariantCulture, $"{subject} {problem} ({ruleWord}: {rule}{at} {where}).");
    }

    // "<http://data.europa.eu/snb/model/elm/validFrom>" → "validFrom"; complex paths keep their text.
    private static string LocalName(string path)
    {
        var p = path.Trim().TrimStart('<').TrimEnd('>');
        var cut = p.LastIndexOfAny(['#', '/', ':']);
        return cut >= 0 && cut < p.Length - 1 ? p[(cut + 1)..] : p;
    }

    // "urn:epass:learningAchievement:1" → "learning achievement"; the credential itself and anything else by its role.
    private static string Part(string focus)
    {
        var f = focus.Trim().TrimStart('<').TrimEnd('>');
        if (f.StartsWith("urn:credential:", StringComparison.OrdinalIgnoreCase) || f.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase))
        {
            return "credential";
        }

        var epass = EpassNode().Match(f);
        return epass.Success ? Words(epass.Groups[1].Value) : "credential";
    }

    private static string Words(string camel) => CamelBoundary().Replace(camel, " $1").ToLowerInvariant();

    [GeneratedRegex(@"^urn:epass:([A-Za-z]+)")]
    private static partial Regex EpassNode();

    [GeneratedRegex(@"(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"(?:Less|More) than ([0-9]+) values")]
    private static partial Regex Bound();
}
