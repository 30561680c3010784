using System.Buffers.Text;
using System.Text.Json;
using Credentials.Model.Ports;

namespace Credentials.Cli.Infrastructure;

/// <summary>
/// Serves status-list credentials from local files (<c>verify --status-list FILE</c>, offline), each under the URL its
/// payload's <c>id</c> names. The files are not trusted here: the verifier checks each list's signature and issuer.
/// </summary>
internal sealed class FileStatusListSource : IStatusListSource
{
    private readonly Dictionary<string, string> _byUrl = new(StringComparer.Ordinal);

    public FileStatusListSource(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            string token;
            try
            {
                token = File.ReadAllText(path).Trim();
            }
            catch (Exception e) when (FileErrors.IsFileProblem(e))
            {
                throw new UserError($"cannot read the status list '{path}': {FileErrors.Reason(e)}", e);
            }

            _byUrl[IdOf(token) ?? throw new UserError($"the status list {path} is not a signed credential with an id")] = token;
        }
    }

    public Task<string?> GetAsync(string url, CancellationToken cancellationToken) =>
        Task.FromResult(_byUrl.GetValueOrDefault(url));

    private static string? IdOf(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[1]))
        {
            return null;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]), new JsonDocumentOptions { AllowDuplicateProperties = false });
            return payload.RootElement.ValueKind == JsonValueKind.Object
                && payload.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
