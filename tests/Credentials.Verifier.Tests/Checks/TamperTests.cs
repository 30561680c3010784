using Credentials.Proofs.Findings;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Proofs.VcJwt;
using Credentials.TestKit;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Tests.Checks;

public sealed class TamperTests
{
    public static TheoryData<string> ValidSamples => new(TestKit.Samples.SignedValid.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public async Task VerifyAsync_EveryPayloadFieldChanged_FailsProof(string file)
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, file)).Trim();
        var verifier = VerifierFactory.Create();
        var payload = TestCredentials.Payload(token);
        var leaves = Leaves(payload, string.Empty).ToList();

        foreach (var (pointer, change) in leaves)
        {
            var copy = payload.DeepClone().AsObject();
            change(copy);
            var report = await verifier.VerifyAsync(TestCredentials.WithPayload(token, copy.ToJsonString(VcJwtSigner.PayloadJson)));

            report.Verdict.Should().Be(Verdict.NotVerified, pointer);
            report.Checks.Should().Contain(c => (c.Check == CheckNames.Proof || c.Check == CheckNames.Format) && c.Outcome == CheckOutcome.Failed, pointer);
        }

        leaves.Count.Should().BeGreaterThan(100, "an Annex I credential has many fields, and each was tampered with");
    }

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public async Task VerifyAsync_AnyOneCharacterChanged_IsNeverVerified(string file)
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, file)).Trim();
        var verifier = VerifierFactory.Create();

        for (var i = 0; i < token.Length; i++)
        {
            var replacement = token[i] == 'A' ? 'B' : token[i] == '.' ? 'x' : 'A';
            var changed = string.Concat(token.AsSpan(0, i), new string(replacement, 1), token.AsSpan(i + 1));

            var report = await verifier.VerifyAsync(changed);

            // The last character of a base64url part can carry padding bits that decode to the same bytes
            // (RFC 4648 §3.5); such a change is no change to the signed data.
            if (report.Verdict == Verdict.Verified)
            {
                Encoding.ASCII.GetBytes(changed).Should().NotEqual(Encoding.ASCII.GetBytes(token));
                Decoded(changed).Should().Equal(Decoded(token), $"a one-character change at {i} verified although the decoded token differs");
                continue;
            }

            report.Checks.Should().Contain(c => (c.Check == CheckNames.Proof || c.Check == CheckNames.Format) && c.Outcome == CheckOutcome.Failed, $"position {i}");
        }
    }

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public async Task VerifyAsync_HeaderChanged_FailsProof(string file)
    {
        var token = File.ReadAllText(Path.Combine(TestKit.Samples.ValidFolder, file)).Trim();
        var parts = token.Split('.');
        var header = JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0]))!.AsObject();
        header["x-changed"] = "after signing";
        var changed = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + parts[1] + "." + parts[2];

        var report = await VerifierFactory.Create().VerifyAsync(changed);

        report.Checks.Single(c => c.Check == CheckNames.Proof).Code.Should().Be(CheckCodes.ProofSignatureInvalid);
    }

    private static byte[][] Decoded(string token) =>
        token.Split('.').Select(p => System.Buffers.Text.Base64Url.IsValid(p) ? System.Buffers.Text.Base64Url.DecodeFromChars(p) : Encoding.ASCII.GetBytes(p)).ToArray();

    private static IEnumerable<(string Pointer, Action<JsonObject> Change)> Leaves(JsonNode node, string pointer)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    var p = pointer + "/" + name;
                    if (value is JsonValue)
                    {
                        yield return (p, root => Set(root, p, value.ToJsonString()));
                    }
                    else if (value is not null)
                    {
                        foreach (var leaf in Leaves(value, p))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var leaf in Leaves(a[i]!, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        yield return leaf;
                    }
                }

                break;
        }
    }

    private static void Set(JsonObject root, string pointer, string originalJson)
    {
        var segments = pointer.Split('/')[1..];
        JsonNode parent = root;
        foreach (var s in segments[..^1])
        {
            parent = parent is JsonArray arr ? arr[int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)]! : parent[s]!;
        }

        JsonNode replacement = originalJson.StartsWith('"') ? JsonValue.Create(JsonNode.Parse(originalJson)!.GetValue<string>() + "x")
            : originalJson is "true" or "false" ? JsonValue.Create(originalJson == "false")
            : JsonValue.Create(decimal.Parse(originalJson, System.Globalization.CultureInfo.InvariantCulture) + 1);
        if (parent is JsonArray array)
        {
            array[int.Parse(segments[^1], System.Globalization.CultureInfo.InvariantCulture)] = replacement;
        }
        else
        {
            parent[segments[^1]] = replacement;
        }
    }
}
