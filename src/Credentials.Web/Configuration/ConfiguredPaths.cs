using System.Security.Cryptography;
using System.Text.Json;
using Credentials.Web.Composition;

namespace Credentials.Web.Configuration;

/// <summary>
/// Resolves the paths of the <c>Credentials</c> section: against <c>Credentials:DataDirectory</c> when it is set
/// (itself relative to the app folder), else against the app folder, so a published service reads the same files from
/// whatever working directory it is started in.
/// </summary>
internal sealed class ConfiguredPaths(string? dataDirectory)
{
    private readonly string _base = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, dataDirectory ?? string.Empty));

    /// <summary>The absolute path of a configured one.</summary>
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(_base, path));

    /// <summary>Reads a configured file or folder, turning every way it can fail into one sentence naming the setting.</summary>
    /// <exception cref="StartupException">The file is missing, unreadable or not what the setting needs.</exception>
    public T Load<T>(string setting, string path, Func<string, T> read)
    {
        var full = Resolve(path);
        try
        {
            return read(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or JsonException
            or CryptographicException or ArgumentException or Credentials.Proofs.TrustedLists.TrustedListException)
        {
            throw new StartupException($"Credentials:{setting}: cannot use {full}: {e.Message.TrimEnd('.')}.", e);
        }
    }
}
