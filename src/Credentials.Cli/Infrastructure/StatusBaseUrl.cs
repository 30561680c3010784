using System.CommandLine;
using System.Text.Json;
using Credentials.Issuer.Status;

namespace Credentials.Cli.Infrastructure;

/// <summary>
/// Where the issuer publishes its status lists (the URL every credential's status entry points at): the
/// <c>--status-base-url</c> option, else <c>"statusBaseUrl"</c> in <c>credentials.json</c> in the current folder.
/// There is no default: a credential pointing at a placeholder host could never be checked.
/// </summary>
internal static class StatusBaseUrl
{
    public const string ConfigFile = "credentials.json";

    public static Option<string?> Option() => new("--status-base-url")
    {
        Description = $"Where the status lists are published, e.g. https://credentials.uni.example/status (or \"statusBaseUrl\" in {ConfigFile}).",
    };

    /// <summary>The configured URLs.</summary>
    /// <exception cref="UserError">None is configured, or it is not an absolute https (or http) URL.</exception>
    public static StatusListUrls Resolve(string? option)
    {
        var value = option ?? FromConfigFile();
        if (value is null)
        {
            throw new UserError($"no status base URL: give --status-base-url https://…/status (or \"statusBaseUrl\" in {ConfigFile}), the address where 'credentials status export' output will be published");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new UserError($"the status base URL '{value}' is not an absolute https URL");
        }

        return new StatusListUrls(value);
    }

    private static string? FromConfigFile()
    {
        if (!File.Exists(ConfigFile))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(ConfigFile), new JsonDocumentOptions { AllowDuplicateProperties = false });
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("statusBaseUrl", out var url) && url.ValueKind == JsonValueKind.String
                ? url.GetString()
                : throw new UserError($"{ConfigFile} has no \"statusBaseUrl\" string");
        }
        catch (Exception e) when (e is JsonException || FileErrors.IsFileProblem(e))
        {
            throw new UserError($"cannot read {ConfigFile}: {e.Message}", e);
        }
    }
}
