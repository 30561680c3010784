using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace Credentials.Model.Schema;

/// <summary>
/// Builds the Newtonsoft tree NJsonSchema validates straight from a System.Text.Json element: no second text parse,
/// strings stay strings (no date guessing), numbers keep their decimal value.
/// </summary>
internal static class JTokenConverter
{
    public static JToken From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => Object(element),
        JsonValueKind.Array => Array(element),
        JsonValueKind.String => new JValue(element.GetString()),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? new JValue(integer)
            : element.TryGetDecimal(out var number) ? new JValue(number)
            : new JValue(element.GetDouble()),
        JsonValueKind.True => new JValue(true),
        JsonValueKind.False => new JValue(false),
        _ => JValue.CreateNull(),
    };

    private static SourcedObject Object(JsonElement element)
    {
        var obj = new SourcedObject(element);
        foreach (var member in element.EnumerateObject())
        {
            obj.Add(member.Name, From(member.Value));
        }

        return obj;
    }

    private static JArray Array(JsonElement element)
    {
        var array = new JArray();
        foreach (var item in element.EnumerateArray())
        {
            array.Add(From(item));
        }

        return array;
    }
}
