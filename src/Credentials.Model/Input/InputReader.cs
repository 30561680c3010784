using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Credentials.Model.Text;
using Credentials.Model.Vocabulary;

namespace Credentials.Model.Input;

/// <summary>
/// Reads values of the JSON input form while collecting every problem with its pointer. Each method returns null
/// (or an empty list) for an absent or unusable value; the validator reports missing mandatory elements afterwards.
/// </summary>
internal sealed partial class InputReader
{
    private readonly List<ModelProblem> problems = [];

    public IReadOnlyList<ModelProblem> Problems => problems;

    public void Report(string pointer, string code, string message)
    {
        // One more than the limit is kept so the caller can tell the list was cut.
        if (problems.Count <= MicroCredentialJson.MaxProblems)
        {
            problems.Add(new ModelProblem(pointer, code, message));
        }
    }

    /// <summary>Returns the members of an object, reporting members outside <paramref name="allowed"/>.</summary>
    public bool Object(JsonElement element, string pointer, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Report(pointer, ProblemCodes.InvalidType, $"Expected a JSON object, found {Describe(element)}.");
            return false;
        }

        foreach (var member in element.EnumerateObject())
        {
            if (System.Array.IndexOf(allowed, member.Name) < 0)
            {
                Report(JsonPointer.Append(pointer, member.Name), ProblemCodes.UnknownMember,
                    $"'{member.Name}' is not a member of this object; expected one of: {string.Join(", ", allowed)}.");
            }
        }

        return true;
    }

    public static bool TryMember(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    public string? String(JsonElement obj, string name, string pointer)
    {
        if (!TryMember(obj, name, out var value))
        {
            return null;
        }

        var at = JsonPointer.Append(pointer, name);
        if (value.ValueKind != JsonValueKind.String)
        {
            Report(at, ProblemCodes.InvalidType, $"Expected a string, found {Describe(value)}.");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Report(at, ProblemCodes.Required, "The value is empty.");
            return null;
        }

        return text.Trim();
    }

    public LanguageMap? Text(JsonElement obj, string name, string pointer)
    {
        if (!TryMember(obj, name, out var value))
        {
            return null;
        }

        var at = JsonPointer.Append(pointer, name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            Report(at, ProblemCodes.InvalidType, $"Expected a language map such as {{\"en\": \"...\"}}, found {Describe(value)}.");
            return null;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var member in value.EnumerateObject())
        {
            var memberAt = JsonPointer.Append(at, member.Name);
            if (!LanguageMap.IsWellFormedTag(member.Name))
            {
                Report(memberAt, ProblemCodes.InvalidFormat, $"'{member.Name}' is not a BCP 47 language tag.");
            }
            else if (member.Value.ValueKind != JsonValueKind.String)
            {
                Report(memberAt, ProblemCodes.InvalidType, $"Expected a string, found {Describe(member.Value)}.");
            }
            else if (string.IsNullOrWhiteSpace(member.Value.GetString()))
            {
                Report(memberAt, ProblemCodes.Required, "The text is empty.");
            }
            else
            {
                pairs.Add(new KeyValuePair<string, string>(member.Name, member.Value.GetString()!.Trim()));
            }
        }

        if (pairs.Count == 0 && value.EnumerateObject().Any() is false)
        {
            Report(at, ProblemCodes.Required, "The language map has no text.");
        }

        return pairs.Count == 0 ? null : new LanguageMap(pairs);
    }

    public decimal? Decimal(JsonElement obj, string name, string pointer)
    {
        if (!TryMember(obj, name, out var value))
        {
            return null;
        }

        var at = JsonPointer.Append(pointer, name);
        if (value.ValueKind != JsonValueKind.Number)
        {
            Report(at, ProblemCodes.InvalidType, $"Expected a number, found {Describe(value)}.");
            return null;
        }

        if (!value.TryGetDecimal(out var number))
        {
            Report(at, ProblemCodes.OutOfRange, "The number is too large.");
            return null;
        }

        return number;
    }

    public int? Integer(JsonElement obj, string name, string pointer)
    {
        var number = Decimal(obj, name, pointer);
        if (number is null)
        {
            return null;
        }

        if (number != decimal.Truncate(number.Value) || number < int.MinValue || number > int.MaxValue)
        {
            Report(JsonPointer.Append(pointer, name), ProblemCodes.InvalidType, "Expected a whole number.");
            return null;
        }

        return (int)number.Value;
    }

    public bool? Boolean(JsonElement obj, string name, string pointer)
    {
        if (!TryMember(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Report(JsonPointer.Append(pointer, name), ProblemCodes.InvalidType, $"Expected true or false, found {Describe(value)}.");
        return null;
    }

    public DateOnly? Date(JsonElement obj, string name, string pointer)
    {
        var text = String(obj, name, pointer);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(JsonPointer.Append(pointer, name), ProblemCodes.InvalidFormat, $"'{text}' is not a date of the form YYYY-MM-DD.");
        return null;
    }

    /// <summary>Reads a date (<c>YYYY-MM-DD</c>, taken as midnight UTC) or an RFC 3339 date-time with offset.</summary>
    public DateTimeOffset? DateTime(JsonElement obj, string name, string pointer)
    {
        var text = String(obj, name, pointer);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        // RFC 3339 §5.6 date-time: the offset is mandatory, so a local time cannot slip through.
        if (DateTimePattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        Report(JsonPointer.Append(pointer, name), ProblemCodes.InvalidFormat,
            $"'{text}' is not a date (YYYY-MM-DD) or a date-time with offset (e.g. 2026-06-01T12:00:00Z).");
        return null;
    }

    /// <summary>Reads an array, calling <paramref name="item"/> for each element; a single value counts as one.</summary>
    public List<T> Array<T>(JsonElement obj, string name, string pointer, Func<JsonElement, string, T?> item)
        where T : class
    {
        var list = new List<T>();
        if (!TryMember(obj, name, out var value))
        {
            return list;
        }

        var at = JsonPointer.Append(pointer, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Report(at, ProblemCodes.InvalidType, $"Expected an array, found {Describe(value)}.");
            return list;
        }

        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (item(element, JsonPointer.Append(at, index)) is { } read)
            {
                list.Add(read);
            }

            index++;
        }

        return list;
    }

    public static bool IsAbsoluteUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0 && !text.Any(char.IsWhiteSpace);

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();
}
