using System.Text.Json;
using Credentials.Model.Ports;

namespace Credentials.Cli.Infrastructure;

/// <summary>Serves one local DID document file (for <c>did:web</c> issuers, offline) when its <c>id</c> is the DID asked for.</summary>
internal sealed class FileDidDocumentSource : IDidDocumentSource
{
    private readonly string _json;
    private readonly string? _id;

    public FileDidDocumentSource(string path)
    {
        try
        {
            _json = File.ReadAllText(path);
            using var doc = JsonDocument.Parse(_json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            _id = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : throw new UserError($"the DID document {path} has no string 'id'");
        }
        catch (Exception e) when (FileErrors.IsFileProblem(e))
        {
            throw new UserError($"cannot read the DID document '{path}': {FileErrors.Reason(e)}", e);
        }
        catch (JsonException e)
        {
            throw new UserError($"the DID document {path} is not valid JSON: {e.Message}", e);
        }
    }

    public Task<string?> GetAsync(string did, CancellationToken cancellationToken) =>
        Task.FromResult(did == _id ? _json : null);
}
