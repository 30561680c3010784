using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Credentials.Model.Registry;

namespace Credentials.Issuer.Wallet;

/// <summary>
/// Makes OpenID4VCI credential offers (§4.1) with the pre-authorized code grant: one per learner's registry credential,
/// with an optional numeric tx_code, stored by hash with the unsigned award the wallet credential will be made of.
/// </summary>
public sealed class CredentialOffers
{
    /// <summary>The grant type of the pre-authorized code flow (OpenID4VCI 1.0 §4.1.1).</summary>
    public const string PreAuthorizedGrant = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    private readonly ICredentialOfferStore _offers;
    private readonly ICredentialStore _credentials;
    private readonly WalletIssuanceOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the maker over the registry's stores.</summary>
    public CredentialOffers(ICredentialOfferStore offers, ICredentialStore credentials, WalletIssuanceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _offers = offers;
        _credentials = credentials;
        _options = options;
        _time = time;
    }

    /// <summary>The offer by value as a URL (OpenID4VCI 1.0 §4.1.2): <c>openid-credential-offer://?credential_offer=…</c>.</summary>
    public static string Url(JsonObject offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return "openid-credential-offer://?credential_offer=" + Uri.EscapeDataString(offer.ToJsonString());
    }

    /// <summary>
    /// Makes an offer for a credential the caller has just issued, whose unsigned award it holds (a batch).
    /// </summary>
    /// <param name="issuer">The issuer, as in the registry row.</param>
    /// <param name="credentialId">The registry row.</param>
    /// <param name="award">The unsigned ELM document.</param>
    /// <param name="batchId">The batch making it, if any.</param>
    /// <param name="withTxCode">Whether redeeming asks for a tx_code.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The offer; <see cref="OfferProblem.UnknownCredential"/> when the registry has no such row.</returns>
    public async Task<OfferOutcome> CreateAsync(
        string issuer, string credentialId, JsonObject award, string? batchId, bool withTxCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(credentialId);
        ArgumentNullException.ThrowIfNull(award);
        var now = _time.GetUtcNow();
        await _offers.PurgeAsync(now, cancellationToken).ConfigureAwait(false);
        var code = WalletSecrets.NewToken();
        var txCode = withTxCode ? WalletSecrets.NewTxCode(_options.TxCodeLength) : null;
        var record = new CredentialOfferRecord(
            WalletSecrets.NewId(),
            issuer,
            credentialId,
            batchId,
            award.ToJsonString(),
            WalletSecrets.Hash(code),
            txCode is null ? null : WalletSecrets.TxCodeHash(code, txCode),
            now,
            now + _options.OfferLifetime);
        if (!await _offers.CreateAsync(record, cancellationToken).ConfigureAwait(false))
        {
            return new OfferOutcome(null, OfferProblem.UnknownCredential);
        }

        var offer = OfferJson(code, txCode is not null);
        return new OfferOutcome(new CredentialOffer(record, code, txCode, offer, Url(offer)), null);
    }

    /// <summary>
    /// Makes an offer for a credential already in the registry, of <paramref name="issuer"/>'s: its award is read back
    /// from the stored credential, so the registry must keep credential content.
    /// </summary>
    /// <param name="issuer">The issuer the caller acts for.</param>
    /// <param name="credentialId">The registry row.</param>
    /// <param name="withTxCode">Whether redeeming asks for a tx_code.</param>
    /// <param name="batchId">The batch making it, if any.</param>
    /// <param name="cancellationToken">Cancels the reads and the write.</param>
    public async Task<OfferOutcome> CreateForRegistryAsync(
        string issuer, string credentialId, bool withTxCode, string? batchId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentNullException.ThrowIfNull(credentialId);
        var row = await _credentials.GetAsync(credentialId, cancellationToken).ConfigureAwait(false);
        if (row is null || !string.Equals(row.Issuer, issuer, StringComparison.Ordinal) || row.State != CredentialRecordState.Issued)
        {
            return new OfferOutcome(null, OfferProblem.UnknownCredential);
        }

        if (row.Status == CredentialStatusState.Revoked)
        {
            return new OfferOutcome(null, OfferProblem.Revoked);
        }

        return AwardOf(row.Content) is { } award
            ? await CreateAsync(issuer, credentialId, award, batchId, withTxCode, cancellationToken).ConfigureAwait(false)
            : new OfferOutcome(null, OfferProblem.NoContent);
    }

    /// <summary>
    /// The unsigned award inside a stored credential: a Data Integrity document without its <c>proof</c>, or the payload
    /// of a VC-JWT (its <c>vc</c> claim for VCDM 1.1), VC-JOSE or JAdES compact JWS. Null when there is none.
    /// </summary>
    public static JsonObject? AwardOf(ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
        {
            return null;
        }

        try
        {
            var text = System.Text.Encoding.UTF8.GetString(content.Span).Trim();
            if (text.StartsWith('{'))
            {
                var document = JsonNode.Parse(text) as JsonObject;
                document?.Remove("proof");
                return document;
            }

            var parts = text.Split('.');
            if (parts.Length != 3 || !Base64Url.IsValid(parts[1]))
            {
                return null;
            }

            var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) as JsonObject;
            return payload?["vc"] is JsonObject vc ? (JsonObject)vc.DeepClone() : payload;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private JsonObject OfferJson(string code, bool withTxCode)
    {
        var grant = new JsonObject { ["pre-authorized_code"] = code };
        if (withTxCode)
        {
            // §4.1.1: tells the wallet what to ask the learner for; the code itself travels another way.
            grant["tx_code"] = new JsonObject
            {
                ["input_mode"] = "numeric",
                ["length"] = _options.TxCodeLength,
                ["description"] = "The code sent to you separately / Erikseen lähetetty koodi / Koden som skickats separat",
            };
        }

        return new JsonObject
        {
            ["credential_issuer"] = _options.CredentialIssuer,
            ["credential_configuration_ids"] = new JsonArray(WalletIssuanceOptions.ConfigurationId),
            ["grants"] = new JsonObject { [PreAuthorizedGrant] = grant },
        };
    }
}
