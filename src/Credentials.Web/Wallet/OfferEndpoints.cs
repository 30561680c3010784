using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Documents.Offers;
using Credentials.Issuer.Wallet;
using Credentials.Web.Authentication;
using Credentials.Web.Composition;
using Credentials.Web.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credentials.Web.Wallet;

/// <summary>
/// The issuer's offer API (API key): <c>POST /credentials/{id}/offers</c> (<c>{"txCode"?: true}</c>) makes an OpenID4VCI
/// credential offer for one registry credential of the key's issuer and answers it once, with its QR code; the
/// pre-authorized code and tx_code are not kept, so they cannot be shown again.
/// </summary>
internal static class OfferEndpoints
{
    public static IEndpointRouteBuilder MapOffers(this IEndpointRouteBuilder app)
    {
        app.MapPost("/credentials/{credentialId}/offers", CreateAsync).AddEndpointFilter<ApiKeyFilter>().DisableAntiforgery();
        return app;
    }

    /// <summary>The JSON form of a new offer, with its secrets: shown once.</summary>
    public static JsonObject Json(CredentialOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return new JsonObject
        {
            ["id"] = offer.Record.Id,
            ["credentialId"] = offer.Record.CredentialId,
            ["url"] = offer.Url,
            ["txCode"] = offer.TxCode,
            ["expiresAt"] = offer.Record.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
            ["qrCode"] = "data:image/png;base64," + Convert.ToBase64String(QrCodePng.Render(offer.Url)),
        };
    }

    private static async Task<Results<Created<JsonObject>, NotFound, Conflict<JsonObject>, ProblemHttpResult>> CreateAsync(
        string credentialId, HttpContext context, WebOptions options, CredentialOffers offers, CancellationToken cancellationToken)
    {
        var (withTxCode, bodyProblem) = await Wallet.OfferRequest.ReadAsync(context, options, cancellationToken).ConfigureAwait(false);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }

        var outcome = await offers.CreateForRegistryAsync(ApiKeyFilter.Issuer(context), credentialId, withTxCode, null, cancellationToken).ConfigureAwait(false);
        return outcome.Problem switch
        {
            null => TypedResults.Created((string?)null, Json(outcome.Offer!)),
            OfferProblem.Revoked => TypedResults.Conflict(new JsonObject { ["detail"] = "The credential is revoked: it is not offered to a wallet." }),
            OfferProblem.NoContent => TypedResults.Conflict(new JsonObject { ["detail"] = "The registry does not keep this credential's content (Credentials:StoreCredentialContent), so no wallet credential can be made of it." }),
            _ => TypedResults.NotFound(),
        };
    }
}
