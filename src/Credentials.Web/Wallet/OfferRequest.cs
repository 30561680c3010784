using System.Text.Json;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Wallet;

/// <summary>The body of an offer request (one credential or a batch): empty, or <c>{"txCode": true|false}</c>.</summary>
internal static class OfferRequest
{
    /// <summary>Whether a transaction code is asked for; a problem when the body is anything else.</summary>
    public static async Task<(bool WithTxCode, ProblemHttpResult? Problem)> ReadAsync(HttpContext context, WebOptions options, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength is not > 0 && context.Request.Headers.TransferEncoding.Count == 0)
        {
            return (false, null);
        }

        var (body, problem) = await RequestBody.ReadJsonAsync(context.Request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (false, problem!);
        }

        using var document = RequestBody.ParseStrict(body, out _);
        if (document?.RootElement is not { ValueKind: JsonValueKind.Object } root
            || root.EnumerateObject().Any(p => p.Name != "txCode")
            || (root.TryGetProperty("txCode", out var tx) && tx.ValueKind is not (JsonValueKind.True or JsonValueKind.False)))
        {
            return (false, Problems.Unreadable("The body is {\"txCode\": true|false} or empty."));
        }

        return (root.TryGetProperty("txCode", out var flag) && flag.GetBoolean(), null);
    }
}
