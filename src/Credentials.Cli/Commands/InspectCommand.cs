using System.Buffers.Text;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Cli.Infrastructure;

namespace Credentials.Cli.Commands;

/// <summary><c>credentials inspect FILE</c>: the decoded header and content, without any verdict.</summary>
internal static class InspectCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The credential file, or - for standard input." };
        var command = new Command("inspect", "Show the decoded credential (header and payload) without verifying it.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var bytes = await InputFile.ReadAsync(parse.GetValue(file)!, cancellationToken).ConfigureAwait(false);
            var text = Encoding.UTF8.GetString(bytes).Trim().TrimStart('\uFEFF');
            var parts = text.Split('.');
            var options = new JsonNodeOptions();
            var docOptions = new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 };
            try
            {
                if (parts.Length == 3 && !text.StartsWith('{'))
                {
                    if (!Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1]))
                    {
                        throw new UserError("the token's parts are not base64url");
                    }

                    Console.WriteLine("Header:");
                    Console.WriteLine(TerminalText.Json(JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]), options, docOptions)!.ToJsonString(Indented)));
                    Console.WriteLine("Payload:");
                    Console.WriteLine(TerminalText.Json(JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]), options, docOptions)!.ToJsonString(Indented)));
                    Console.WriteLine($"Signature: {parts[2].Length} base64url characters (not checked: use 'credentials verify')");
                }
                else if (Proofs.Jades.JadesInspection.Decode(text) is { } seal)
                {
                    // A JAdES seal: the header is base64url and the payload a JSON string; show both decoded.
                    Console.WriteLine("JAdES seal (not checked: use 'credentials verify'):");
                    Console.WriteLine(TerminalText.Json(seal.ToJsonString(Indented)));
                }
                else
                {
                    Console.WriteLine(TerminalText.Json(JsonNode.Parse(text, options, docOptions)!.ToJsonString(Indented)));
                }
            }
            catch (JsonException e)
            {
                throw new UserError("the input is neither a readable token nor JSON: " + e.Message, e);
            }
            catch (InvalidOperationException e)
            {
                // System.Text.Json parses invalid UTF-8 and lone surrogates inside strings and fails only when writing them.
                throw new UserError("the input holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate)", e);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
