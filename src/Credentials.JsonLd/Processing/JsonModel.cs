using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Credentials.JsonLd.Processing;

/// <summary>
/// The light JSON model the algorithms work on: maps are <see cref="Dictionary{TKey,TValue}"/> of string to object,
/// arrays are <see cref="List{T}"/>, numbers are <see cref="double"/> (JSON-LD numbers follow ECMAScript), plus
/// strings, booleans and <see langword="null"/>.
/// </summary>
internal static class JsonModel
{
    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromElement(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromElement(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    public static JsonNode? ToNode(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case Dictionary<string, object?> map:
                var obj = new JsonObject();
                foreach (var (key, item) in map)
                {
                    obj[key] = ToNode(item);
                }

                return obj;
            case List<object?> list:
                var array = new JsonArray();
                foreach (var item in list)
                {
                    array.Add(ToNode(item));
                }

                return array;
            case string s:
                return JsonValue.Create(s);
            case bool b:
                return JsonValue.Create(b);
            case double d:
                return d == Math.Floor(d) && Math.Abs(d) < 9007199254740992d ? JsonValue.Create((long)d) : JsonValue.Create(d);
            default:
                throw new InvalidOperationException("Unexpected value in the JSON model: " + value.GetType());
        }
    }

    public static bool IsScalar(object? value) => value is string or bool or double;

    public static List<object?> AsList(object? value) => value as List<object?> ?? [value];

    public static bool DeepEquals(object? a, object? b)
    {
        switch (a)
        {
            case null:
                return b is null;
            case Dictionary<string, object?> ma:
                if (b is not Dictionary<string, object?> mb || ma.Count != mb.Count)
                {
                    return false;
                }

                foreach (var (key, value) in ma)
                {
                    if (!mb.TryGetValue(key, out var other) || !DeepEquals(value, other))
                    {
                        return false;
                    }
                }

                return true;
            case List<object?> la:
                if (b is not List<object?> lb || la.Count != lb.Count)
                {
                    return false;
                }

                for (var i = 0; i < la.Count; i++)
                {
                    if (!DeepEquals(la[i], lb[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return a.Equals(b);
        }
    }

    /// <summary>The canonical lexical form of an <c>xsd:double</c> (JSON-LD 1.1 API §8.6 step 10).</summary>
    public static string CanonicalDouble(double value)
    {
        // "E15": sixteen significant digits, as ECMAScript toExponential(15) gives.
        var text = value.ToString("E15", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text[..e].TrimEnd('0');
        if (mantissa.EndsWith('.'))
        {
            mantissa += "0";
        }

        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An integral number as an <c>xsd:integer</c> lexical form.</summary>
    public static string IntegerString(double value) =>
        ((decimal)value).ToString("0", CultureInfo.InvariantCulture);
}
