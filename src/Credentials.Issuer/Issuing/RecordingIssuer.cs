using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Credentials.Issuer.Status;
using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Registry;
using Credentials.Model.Status;
using Credentials.Proofs.Jades;

namespace Credentials.Issuer.Issuing;

/// <summary>
/// Issues one credential and records it in the registry in one step: the registry row (issuer, template, student
/// number, SHA-256) and, unless the caller opts out, revocation and suspension entries, allocated before signing
/// because they are part of what is signed.
/// </summary>
public sealed class RecordingIssuer
{
    private readonly CredentialIssuer _issuer;
    private readonly ICredentialStore _store;
    private readonly StatusListUrls? _urls;
    private readonly TimeProvider _time;

    /// <summary>Creates the use case; <paramref name="urls"/> may be null only when every call passes <c>withStatus: false</c>.</summary>
    public RecordingIssuer(CredentialIssuer issuer, ICredentialStore store, StatusListUrls? urls, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _issuer = issuer;
        _store = store;
        _urls = urls;
        _time = time;
    }

    /// <summary>The registry's template id of a template in our input form: a SHA-256 prefix of its JSON text.</summary>
    public static string TemplateIdOf(JsonNode template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(template.ToJsonString())).AsSpan(0, 16));
    }

    /// <summary>
    /// Validates, allocates status entries (when <paramref name="withStatus"/>), signs and records. Invalid input and
    /// a credential id already in the registry are problems in the result; nothing is recorded then.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="withStatus"/> without status-list URLs.</exception>
    public async Task<IssueResult> IssueAsync(
        MicroCredential credential,
        SecuringFormat format,
        string templateId,
        bool withStatus,
        IJadesSigningKey? seal = null,
        string? credentialId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (withStatus && _urls is null)
        {
            throw new InvalidOperationException("status entries need the URL the status lists are published at");
        }

        var check = _issuer.Prepare(credential, credentialId);
        if (check.Problems.Count > 0)
        {
            return check;
        }

        if (SecuringFormats.KeyProblem(format, _issuer.KeyType) is { } keyProblem)
        {
            return check with { Problems = [keyProblem] };
        }

        var id = check.CredentialId;
        if (credentialId is not null && await _store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return check with { Problems = [new ModelProblem(string.Empty, ProblemCodes.Inconsistent, $"A credential with the id {id} is already in the registry.")] };
        }

        var learner = credential.Learner;
        var reservation = new CredentialReservation(
            id, _issuer.IssuerId, learner.StudentNumber ?? learner.Did ?? string.Empty, templateId, FormatName(format), _time.GetUtcNow(),
            withStatus ? [StatusPurpose.Revocation, StatusPurpose.Suspension] : [])
        {
            StudentNumber = learner.StudentNumber,
        };
        IssueResult? issued = null;
        var outcomes = await _store.RecordManyAsync([reservation], async (records, ct) =>
        {
            var status = withStatus ? CredentialStatusEntries.Build(records[0].StatusAllocations, _urls!) : null;
            var prepared = _issuer.Prepare(credential, id, null, status);
            var secured = await _issuer.SecureAsync(prepared.Credential!, format, seal, ct).ConfigureAwait(false);
            issued = prepared with { Secured = secured };
            return [Encoding.UTF8.GetBytes(secured)];
        }, cancellationToken).ConfigureAwait(false);
        return outcomes[0].AlreadyExisted || issued is null
            ? check with { Problems = [new ModelProblem(string.Empty, ProblemCodes.Inconsistent, $"A credential with the id {id} is already in the registry.")] }
            : issued;
    }

    /// <summary>The registry's name of a securing format.</summary>
    public static string FormatName(SecuringFormat format) => format switch
    {
        SecuringFormat.DataIntegrityRdfc => "eddsa-rdfc-2022",
        SecuringFormat.DataIntegrityJcs => "eddsa-jcs-2022",
        SecuringFormat.Jades => "jades",
        _ => "vc-jwt",
    };
}
