using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Issuer.Issuing;
using Credentials.Model.Input;

namespace Credentials.Issuer.DataModel;

/// <summary>
/// Bitstring Status List 1.0 §2.1 BitstringStatusListEntry: the rules for an entry the caller writes into
/// <c>credentialStatus</c> itself (entries the service adds are built right). A malformed value is refused before
/// signing (§3 "a MALFORMED_VALUE_ERROR MUST be raised").
/// </summary>
internal static class StatusListEntries
{
    private const string EntryType = "BitstringStatusListEntry";

    public static void Check(JsonNode? value, List<ModelProblem> problems)
    {
        foreach (var (item, pointer) in DataModelValues.Items(value, "/credentialStatus"))
        {
            if (item is JsonObject entry && DataModelValues.AsString(entry["type"]) == EntryType)
            {
                Entry(entry, pointer, problems);
            }
        }
    }

    private static void Entry(JsonObject entry, string pointer, List<ModelProblem> problems)
    {
        if (DataModelValues.AsString(entry["statusPurpose"]) is not { Length: > 0 })
        {
            problems.Add(Problem(pointer + "/statusPurpose", "statusPurpose must be a string"));
        }

        if (!IsIndex(DataModelValues.AsString(entry["statusListIndex"])))
        {
            problems.Add(Problem(pointer + "/statusListIndex", "statusListIndex must be an integer of 0 or more written as a base-10 string"));
        }

        if (!DataModelValues.IsUrl(entry["statusListCredential"]))
        {
            problems.Add(Problem(pointer + "/statusListCredential", "statusListCredential must be the URL of a status-list credential"));
        }
        else if (entry["id"] is { } id && DataModelValues.AsString(id) == DataModelValues.AsString(entry["statusListCredential"]))
        {
            problems.Add(Problem(pointer + "/id", "the id of a status entry must not be the URL of the status list"));
        }

        var size = 1;
        if (entry.ContainsKey("statusSize"))
        {
            if (entry["statusSize"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) && n is > 0 and <= 16)
            {
                size = n;
            }
            else
            {
                problems.Add(Problem(pointer + "/statusSize", "statusSize must be an integer greater than zero"));
                return;
            }
        }

        Messages(entry, pointer, size, problems);
        if (entry.ContainsKey("statusReference") && !DataModelValues.Items(entry["statusReference"], string.Empty).All(r => DataModelValues.IsUrl(r.Item)))
        {
            problems.Add(Problem(pointer + "/statusReference", "statusReference must be a URL or a list of URLs"));
        }
    }

    /// <summary>§2.1: statusMessage MUST be present when statusSize is over 1; one message per possible value, each with status and message.</summary>
    private static void Messages(JsonObject entry, string pointer, int size, List<ModelProblem> problems)
    {
        if (!entry.ContainsKey("statusMessage"))
        {
            if (size > 1)
            {
                problems.Add(Problem(pointer + "/statusMessage", "statusMessage must be present when statusSize is greater than 1"));
            }

            return;
        }

        if (entry["statusMessage"] is not JsonArray messages || messages.Count != 1 << size)
        {
            problems.Add(Problem(pointer + "/statusMessage", $"statusMessage must be an array of {1 << size} messages, one per possible status value"));
            return;
        }

        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i] is not JsonObject message || DataModelValues.AsString(message["status"]) is null || DataModelValues.AsString(message["message"]) is null)
            {
                problems.Add(Problem(pointer + "/statusMessage/" + i, "each statusMessage must have a status and a message string"));
            }
        }
    }

    private static bool IsIndex(string? text) =>
        text is { Length: > 0 and <= 40 } && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0') && BigInteger.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static ModelProblem Problem(string pointer, string message) => new(pointer, W3cProblemCodes.Status, message + " (Bitstring Status List 1.0 §2.1)");
}
