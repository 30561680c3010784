using System.Buffers.Text;
using System.Text;
using Credentials.Proofs.Keys;

namespace Credentials.TestKit.Fuzzing;

/// <summary>
/// Signs a mutated compact JWS again with the TEST-ONLY key its header names (Northern University, Västra högskolan or
/// the learner), so that the mutation passes the signature and reaches every later check.
/// </summary>
public static class FuzzSigner
{
    /// <summary>The input with a fresh signature over its first two parts; unchanged when it is not a compact JWS.</summary>
    public static MutatedInput Resign(MutatedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Ascii.IsValid(input.Bytes))
        {
            return input;
        }

        var parts = Encoding.ASCII.GetString(input.Bytes).Trim().Split('.');
        if (parts.Length != 3)
        {
            return input;
        }

        var header = Encoding.UTF8.GetString(DecodeOrEmpty(parts[0]));
        SigningKey key = header.Contains(TestKeys.Vastra.Did, StringComparison.Ordinal) ? TestKeys.Vastra.Key
            : header.Contains(TestKeys.Learner.DidKey, StringComparison.Ordinal) ? TestKeys.Learner
            : TestKeys.Northern.Key;
        var signingInput = parts[0] + "." + parts[1];
        var token = signingInput + "." + Base64Url.EncodeToString(key.Sign(Encoding.ASCII.GetBytes(signingInput)));
        return new MutatedInput(Encoding.ASCII.GetBytes(token), input.Description + " (signed again)", false);
    }

    private static byte[] DecodeOrEmpty(string part)
    {
        try
        {
            return Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
