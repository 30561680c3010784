using System.Text;

namespace Credentials.TestKit.Fuzzing;

/// <summary>What a mutation writes into JSON: a value of every JSON type, and bytes that break strings from inside.</summary>
internal static class JsonFragments
{
    /// <summary>10,000 nested arrays: far past any parser's depth limit.</summary>
    public static readonly byte[] DeepArrays = Encoding.ASCII.GetBytes(new string('[', 10_000) + new string(']', 10_000));

    /// <summary>10,000 nested objects.</summary>
    public static readonly byte[] DeepObjects = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000));

    /// <summary>Whole values, raw JSON text (some deliberately not valid JSON).</summary>
    public static readonly IReadOnlyList<byte[]> Values =
    [
        .. new[]
        {
            "null", "true", "false", "0", "-1", "1.5", "-0", "1e400", "-1e400", "1e-400", "18446744073709551616", "253402300800", "-62135596801",
            "\"\"", "\"x\"", "\"2026-01-01\"", "\"2026-13-45T25:61:61Z\"", "\" 2026-06-15T12:00:00Z\"", "\"did:key:z\"", "\"did:web:\"",
            "\"\\ud800\"", "\"a\\udc00b\"", "\"\\udfff\\ud800\"", "\"\\u0000\"", "\"\\u202e\\u001b[2J\\r\\n\"",
            "{}", "[]", "[null]", "[{}]", "{\"\":null}", "{\"id\":null}", "[[]]", "[\"x\",1,null,{}]",
        }.Select(Encoding.ASCII.GetBytes),
        [0x22, 0xff, 0x22],
        [0x22, 0xc3, 0x22],
        [0x22, 0xed, 0xa0, 0x80, 0x22],
        DeepArrays,
        DeepObjects,
    ];

    /// <summary>Bytes inserted inside a string: invalid UTF-8, lone surrogates (escaped and encoded), raw controls, terminal escapes.</summary>
    public static readonly IReadOnlyList<byte[]> InString =
    [
        [0xff],
        [0xfe, 0xff],
        [0xc3],
        [0xc0, 0xaf],
        [0xed, 0xa0, 0x80],
        [0xed, 0xbf, 0xbf],
        [0xf4, 0x90, 0x80, 0x80],
        [0xe2, 0x82],
        [0x80],
        [0x00],
        [0x1b, (byte)'[', (byte)'2', (byte)'J'],
        [0x0d, 0x0a],
        .. new[] { "\\ud800", "\\udc00", "\\udfff\\ud800", "\\u0000", "\\u001b[2J", "\\u202e", "\\u2066", "\\", "\\u12", "\\x41" }.Select(Encoding.ASCII.GetBytes),
        Encoding.UTF8.GetBytes("\u202e\u2066\u200f"),
    ];
}
