using Credentials.Verifier;

namespace Credentials.Cli.Infrastructure;

/// <summary>Reads a file argument, or standard input for <c>-</c>, refusing anything over the size limit.</summary>
internal static class InputFile
{
    public static async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken, int limit = VerifierOptions.DefaultMaxInputBytes)
    {
        try
        {
            await using var stream = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                // Read one byte past the limit so the verifier can report the size instead of a truncated parse.
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    break;
                }
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (FileErrors.IsFileProblem(e))
        {
            throw new UserError($"cannot read '{path}': {FileErrors.Reason(e)}", e);
        }
    }
}
