using System.Buffers.Text;
using System.Text.Json.Nodes;
using Credentials.TestKit;

namespace Credentials.Cli.Tests.Batch;

/// <summary>
/// Issue a batch, revoke and suspend some of it, export the status lists, and read every bit of them with an independent
/// decoder (npm <c>@digitalbazaar/bitstring</c>): exactly the changed credentials' indexes are set, and no other.
/// </summary>
public sealed class BitstringInteropTests
{
    [NodeFact]
    public void ExportedLists_IndependentDecoderReadsExactlyTheChangedBits()
    {
        using var ws = new BatchWorkspace();
        CliRunner.Run(ws.IssueArgs(ws.Learners(8))).ExitCode.Should().Be(0);
        var credentials = ws.Credentials().ToDictionary(c => c["jti"]!.GetValue<string>());
        var ids = credentials.Keys.Order().ToList();
        string[] revoked = [ids[1], ids[4], ids[6]];
        string[] suspended = [ids[3], ids[5]]; // a revoked credential cannot also be suspended
        foreach (var id in revoked)
        {
            Status("revoke", id).ExitCode.Should().Be(0);
        }

        foreach (var id in suspended)
        {
            Status("suspend", id).ExitCode.Should().Be(0);
        }

        var lists = Path.Combine(ws.Root, "lists");
        CliRunner.Run("status", "export", "--key", BatchWorkspace.Key, "--db", ws.Db, "--out", lists, "--status-base-url", BatchWorkspace.StatusBaseUrl).ExitCode.Should().Be(0);

        var decoded = Directory.EnumerateFiles(lists, "*.jwt").Select(Payload).ToDictionary(
            p => Credential(p)["id"]!.GetValue<string>(),
            p => Decode(Credential(p)["credentialSubject"]!["encodedList"]!.GetValue<string>()));
        decoded.Should().HaveCount(2, "one revocation and one suspension list");
        var expected = decoded.Keys.ToDictionary(k => k, _ => new List<int>());
        foreach (var (id, credential) in credentials)
        {
            foreach (var entry in credential["vc"]!["credentialStatus"]!.AsArray())
            {
                var purpose = entry!["statusPurpose"]!.GetValue<string>();
                if ((purpose == "revocation" && revoked.Contains(id)) || (purpose == "suspension" && suspended.Contains(id)))
                {
                    expected[entry["statusListCredential"]!.GetValue<string>()].Add(int.Parse(entry["statusListIndex"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        foreach (var (list, (length, set)) in decoded)
        {
            length.Should().BeGreaterThanOrEqualTo(131072);
            set.Should().BeEquivalentTo(expected[list], "the independent decoder must read exactly the bits we set in {0}", list);
        }

        expected.Values.Sum(v => v.Count).Should().Be(revoked.Length + suspended.Length);

        (int ExitCode, string Output, string Error) Status(string action, string id) =>
            CliRunner.Run("status", action, "--id", id, "--reason", "interop test", "--key", BatchWorkspace.Key, "--db", ws.Db);
    }

    private static JsonObject Payload(string file) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(File.ReadAllText(file).Trim().Split('.')[1]))!.AsObject();

    // VC-JWT (VCDM 1.1) carries the credential in "vc"; VC-JOSE-COSE (VCDM 2.0) is the credential itself.
    private static JsonObject Credential(JsonObject payload) => payload["vc"] as JsonObject ?? payload;

    private static (int Length, List<int> Set) Decode(string encodedList)
    {
        var run = NodeScript.Run("bitstring.mjs", new JsonObject { ["encodedList"] = encodedList }.ToJsonString());
        run.ExitCode.Should().Be(0, run.Error + run.Output);
        var result = JsonNode.Parse(run.Output)!;
        return (result["length"]!.GetValue<int>(), result["set"]!.AsArray().Select(n => n!.GetValue<int>()).ToList());
    }
}
