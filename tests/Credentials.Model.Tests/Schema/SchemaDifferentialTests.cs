using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Schema;
using Credentials.TestKit;

namespace Credentials.Model.Tests.Schema;

/// <summary>
/// The shipped validator (embedded draft 2020-12 schema, remembering valid shared subtrees) against a plain validator,
/// remembering nothing, over the draft-07 schema text as it was before (its <c>definitions</c> read as <c>$defs</c>):
/// same verdict, same pointers, same messages, same order, over every sample credential and systematic mutations of
/// the signed Northern University sample.
/// </summary>
public sealed class SchemaDifferentialTests
{
    private static readonly Lazy<SchemaValidator> Reference = new(() =>
    {
        using var stream = typeof(SchemaDifferentialTests).Assembly.GetManifestResourceStream("Reference.elm-microcredential.before.schema.json")!;
        using var reader = new StreamReader(stream);
        return SchemaValidator.FromSchemaText(reader.ReadToEnd()
            .Replace("\"definitions\"", "\"$defs\"", StringComparison.Ordinal)
            .Replace("#/definitions/", "#/$defs/", StringComparison.Ordinal));
    });

    public static TheoryData<string> SampleFiles() => new(SampleNames());

    private static IEnumerable<string> SampleNames()
    {
        foreach (var folder in new[] { "valid", "invalid" })
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.InRepo("samples", folder)).Order(StringComparer.Ordinal))
            {
                if (!file.EndsWith(".input.json", StringComparison.Ordinal) && !file.EndsWith(".md", StringComparison.Ordinal))
                {
                    yield return folder + "/" + Path.GetFileName(file);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Validate_SampleCredential_SameErrorsAsTheReference(string name)
    {
        var credential = CredentialOf(File.ReadAllText(RepositoryPaths.InRepo("samples", name)));
        if (credential is null)
        {
            return; // not a credential at all (malformed JWS): nothing reaches the schema check
        }

        AssertSame(credential);
        AssertSame(credential); // the second pass runs on remembered subtrees
    }

    [Fact]
    public void Validate_SampleCredentials_SomeAreSchemaValidAndSomeNot()
    {
        var verdicts = SampleNames()
            .Select(name => CredentialOf(File.ReadAllText(RepositoryPaths.InRepo("samples", name))))
            .OfType<string>()
            .Select(json => SchemaValidator.ElmMicroCredential.Validate(json).Count == 0)
            .ToList();

        verdicts.Should().Contain(true).And.Contain(false, "the differential must see both verdicts");
    }

    [Fact]
    public void Validate_OfficialEuSamples_SameErrorsAsTheReference()
    {
        using var unsigned = TestData.SampleUnsigned();
        using var signed = TestData.SampleSignedPayload();

        AssertSame(unsigned.RootElement.GetRawText());
        AssertSame(signed.RootElement.GetRawText());
        AssertSame(TestData.Built().ToJsonString());
        AssertSame(TestData.Built("vastra-like.json").ToJsonString());
    }

    [Fact]
    public void Validate_EveryMemberDeletedOrRetyped_SameErrorsAsTheReference()
    {
        var original = JsonNode.Parse(CredentialOf(File.ReadAllText(RepositoryPaths.InRepo("samples", "valid", "northern-university-aijala.jwt")))!)!;
        AssertSame(original.ToJsonString()).Should().BeEmpty("the sample is valid");

        var replacements = new Func<JsonNode?>[] { () => null, () => JsonValue.Create(42), () => JsonValue.Create(string.Empty), () => new JsonArray(), () => new JsonObject(), () => JsonValue.Create(true) };
        var invalid = 0;
        var mutations = 0;
        foreach (var path in Paths(original, string.Empty).ToList())
        {
            var deleted = original.DeepClone();
            Remove(deleted, path);
            invalid += AssertSame(deleted.ToJsonString()).Count > 0 ? 1 : 0;
            mutations++;
            foreach (var replacement in replacements)
            {
                var changed = original.DeepClone();
                Replace(changed, path, replacement());
                invalid += AssertSame(changed.ToJsonString()).Count > 0 ? 1 : 0;
                mutations++;
            }
        }

        mutations.Should().BeGreaterThan(1000);
        invalid.Should().BeGreaterThan(mutations / 2, "most mutations of a profile-valid credential break the profile");
    }

    private static IReadOnlyList<SchemaError> AssertSame(string json)
    {
        var expected = Reference.Value.Validate(json);
        var actual = SchemaValidator.ElmMicroCredential.Validate(json);
        actual.Should().Equal(expected, json.Length < 400 ? json : "a mutated credential");
        return actual;
    }

    /// <summary>The credential as the verifier's schema check sees it: the <c>vc</c> claim of a JWT, or the JSON itself.</summary>
    internal static string? CredentialOf(string text)
    {
        text = text.Trim();
        if (text.StartsWith('{'))
        {
            return text;
        }

        var parts = text.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var base64 = parts[1].Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            using var payload = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            return payload.RootElement.TryGetProperty("vc", out var vc) ? vc.GetRawText() : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<string[]> Paths(JsonNode node, string prefix)
    {
        var parent = prefix.Length == 0 ? [] : prefix.Split('\u0001');
        IEnumerable<(string Key, JsonNode? Child)> children = node switch
        {
            JsonObject obj => obj.Select(p => (p.Key, p.Value)),
            JsonArray array => array.Select((item, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), item)),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            string[] path = [.. parent, key];
            yield return path;
            if (child is not null)
            {
                foreach (var inner in Paths(child, string.Join('\u0001', path)))
                {
                    yield return inner;
                }
            }
        }
    }

    private static JsonNode Parent(JsonNode root, string[] path)
    {
        var node = root;
        foreach (var token in path[..^1])
        {
            node = node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : node[token]!;
        }

        return node;
    }

    private static void Remove(JsonNode root, string[] path)
    {
        var parent = Parent(root, path);
        if (parent is JsonArray array)
        {
            array.RemoveAt(int.Parse(path[^1], System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            parent.AsObject().Remove(path[^1]);
        }
    }

    private static void Replace(JsonNode root, string[] path, JsonNode? value)
    {
        var parent = Parent(root, path);
        if (parent is JsonArray array)
        {
            array[int.Parse(path[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[path[^1]] = value;
        }
    }
}
