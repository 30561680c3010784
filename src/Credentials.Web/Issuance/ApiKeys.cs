using System.Security.Cryptography;
using System.Text;
using Credentials.Web.Configuration;

namespace Credentials.Web.Issuance;

/// <summary>Checks <c>Authorization: Bearer &lt;key&gt;</c> against the configured SHA-256 hashes, in constant time per hash.</summary>
internal static class ApiKeys
{
    /// <summary>401 when no bearer key is sent, 403 when it is not a configured one, null when accepted.</summary>
    public static int? Reject(HttpRequest request, WebOptions options)
    {
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            return StatusCodes.Status401Unauthorized;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        var accepted = false;
        foreach (var configured in options.ApiKeySha256)
        {
            byte[] expected;
            try
            {
                expected = Convert.FromHexString(configured);
            }
            catch (FormatException)
            {
                continue;
            }

            accepted |= CryptographicOperations.FixedTimeEquals(hash, expected);
        }

        return accepted ? null : StatusCodes.Status403Forbidden;
    }
}
