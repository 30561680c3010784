using System.Text.Json.Nodes;
using Credentials.Model.Elm;
using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Schema;
using Credentials.Model.Validation;
using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Jades;
using Credentials.Proofs.Keys;
using Credentials.Proofs.VcJwt;

namespace Credentials.Issuer.Issuing;

/// <summary>
/// Issues Annex I micro-credentials: validates the model (every problem at once), builds the ELM v3
/// <c>EuropeanDigitalCredential</c>, checks it against our schema, and signs it. Thread-safe.
/// </summary>
public sealed class CredentialIssuer
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new(VcJwtSigner.PayloadJson) { WriteIndented = true };
    private readonly IssuerKey _key;
    private readonly TimeProvider _time;
    private readonly ISchemaValidator _schema;
    private readonly VcJwtSigner _jwt;

    /// <summary>Creates an issuer that signs as <paramref name="key"/>.</summary>
    public CredentialIssuer(IssuerKey key, TimeProvider time, ISchemaValidator schema)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(schema);
        _key = key;
        _time = time;
        _schema = schema;
        _jwt = new VcJwtSigner(key.Key, key.KeyId);
    }

    /// <summary>The issuer DID written into every credential.</summary>
    public string IssuerId => _key.Did;

    /// <summary>The type of the issuer key, which decides the formats it can sign (<see cref="SecuringFormats"/>).</summary>
    public KeyType KeyType => _key.Key.Type;

    /// <summary>
    /// Issues one credential. Returns the problems instead when the input is invalid; nothing is signed then.
    /// </summary>
    /// <param name="credential">The micro-credential data.</param>
    /// <param name="format">The securing format.</param>
    /// <param name="credentialId">The id to use (batches derive it for idempotency); a random <c>urn:uuid</c> if null.</param>
    /// <param name="expirationDate">An optional end of validity.</param>
    /// <param name="credentialStatus">
    /// Status entries from <see cref="Status.CredentialStatusEntries.Build"/>; when given, they and the status context
    /// are added to the document before it is checked and signed.
    /// </param>
    public IssueResult Issue(MicroCredential credential, SecuringFormat format = SecuringFormat.Jwt, string? credentialId = null, DateTimeOffset? expirationDate = null, JsonArray? credentialStatus = null)
    {
        if (format != SecuringFormat.Jwt)
        {
            throw new ArgumentException("only VC-JWT is issued synchronously; use IssueAsync for Data Integrity and JAdES", nameof(format));
        }

        var prepared = Prepare(credential, credentialId, expirationDate, credentialStatus);
        return prepared.Credential is { } document && prepared.Problems.Count == 0
            ? prepared with { Secured = _jwt.SignDataModel11(document) }
            : prepared;
    }

    /// <summary>
    /// Issues one credential in any <see cref="SecuringFormat"/>. A JAdES seal needs <paramref name="seal"/>, the
    /// organisation's seal certificate and key (or a QSCD / remote signing service behind <see cref="IJadesSigningKey"/>).
    /// </summary>
    public async Task<IssueResult> IssueAsync(MicroCredential credential, SecuringFormat format, IJadesSigningKey? seal = null, string? credentialId = null, DateTimeOffset? expirationDate = null, CancellationToken cancellationToken = default)
    {
        var prepared = Prepare(credential, credentialId, expirationDate, null);
        if (prepared.Credential is not { } document || prepared.Problems.Count > 0)
        {
            return prepared;
        }

        if (SecuringFormats.KeyProblem(format, _key.Key.Type) is { } keyProblem)
        {
            return prepared with { Problems = [keyProblem] };
        }

        var secured = await SecureAsync(document, format, seal, cancellationToken).ConfigureAwait(false);
        return prepared with { Secured = secured };
    }

    /// <summary>
    /// Secures a built credential document: VC-JWT (VCDM 1.1 claims, or <c>vc+jwt</c> for a VCDM 2.0 document), a Data
    /// Integrity proof, or a JAdES seal. The document is not modified.
    /// </summary>
    /// <param name="document">A complete credential, without a proof.</param>
    /// <param name="format">How to secure it.</param>
    /// <param name="seal">The seal certificate and key, for <see cref="SecuringFormat.Jades"/> only.</param>
    /// <param name="cancellationToken">Cancels signing.</param>
    /// <returns>The compact JWT, or the secured document as indented JSON.</returns>
    /// <exception cref="ArgumentException">A JAdES seal without a seal key, an issuer key the format cannot sign with
    /// (<see cref="SecuringFormats.Supports"/>), or (Data Integrity) a document whose terms its contexts do not define.</exception>
    public async Task<string> SecureAsync(JsonObject document, SecuringFormat format, IJadesSigningKey? seal = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (SecuringFormats.KeyProblem(format, _key.Key.Type) is { } keyProblem)
        {
            throw new ArgumentException(keyProblem.Message, nameof(format));
        }

        return format switch
        {
            SecuringFormat.Jwt => W3cCredentials.IsDataModel2(document) ? _jwt.SignJose(document) : _jwt.SignDataModel11(document),
            SecuringFormat.DataIntegrityRdfc or SecuringFormat.DataIntegrityJcs => (await DataIntegrityProofs.SignAsync(
                document,
                _key.Key,
                _key.KeyId,
                new DataIntegrityOptions { Cryptosuite = format == SecuringFormat.DataIntegrityRdfc ? Cryptosuites.EddsaRdfc2022 : Cryptosuites.EddsaJcs2022, TimeProvider = _time },
                cancellationToken).ConfigureAwait(false)).ToJsonString(Indented),
            SecuringFormat.Jades => new JadesSealer(_time).Seal(document.ToJsonString(VcJwtSigner.PayloadJson), seal ?? throw new ArgumentException("a JAdES seal needs a seal certificate and key", nameof(seal))),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    /// <summary>
    /// Validates the model and builds the unsigned ELM document (checked against the schema); nothing is signed.
    /// On problems, <see cref="IssueResult.Problems"/> lists them all.
    /// </summary>
    public IssueResult Prepare(MicroCredential credential, string? credentialId = null, DateTimeOffset? expirationDate = null, JsonArray? credentialStatus = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var id = credentialId ?? "urn:uuid:" + Guid.NewGuid().ToString("D");
        var problems = MicroCredentialValidator.Validate(credential);
        if (problems.Count > 0)
        {
            return new IssueResult { CredentialId = id, Problems = problems };
        }

        var document = Build(credential, id, expirationDate, credentialStatus);
        var schemaErrors = _schema.Validate(document.ToJsonString(VcJwtSigner.PayloadJson));
        if (schemaErrors.Count > 0)
        {
            // The model validator should have caught these; a schema error here is a mapping defect, reported as such.
            return new IssueResult
            {
                CredentialId = id,
                Credential = document,
                Problems = schemaErrors.Select(e => new ModelProblem(e.Pointer, "schema.invalid", "the built ELM document breaks the schema: " + e.Message)).ToList(),
            };
        }

        return new IssueResult { CredentialId = id, Credential = document };
    }

    /// <summary>
    /// The batch fast path: builds and signs a VC-JWT for a model the caller has already validated with
    /// <see cref="MicroCredentialValidator"/>, without validating it again and without the per-credential JSON Schema
    /// check. Only for credentials whose course-level part has been proven schema-valid by <see cref="Prepare"/> or
    /// <see cref="Issue"/> with the same template (the per-learner part is typed and checked by the model's rules), as
    /// <see cref="Batches.BatchIssuer"/> does for every chunk.
    /// </summary>
    /// <returns>The compact JWS.</returns>
    public string SignValidatedJwt(MicroCredential credential, string credentialId, JsonArray? credentialStatus = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentException.ThrowIfNullOrEmpty(credentialId);
        return _jwt.SignDataModel11(Build(credential, credentialId, null, credentialStatus));
    }

    private JsonObject Build(MicroCredential credential, string id, DateTimeOffset? expirationDate, JsonArray? credentialStatus)
    {
        var now = _time.GetUtcNow();
        var document = ElmCredentialBuilder.Build(credential, new ElmBuildOptions
        {
            CredentialId = id,
            IssuerId = _key.Did,

            // JWT NumericDate has whole seconds (RFC 7519 §2); the document says the same instant.
            IssuedAt = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
            ExpirationDate = expirationDate,
        });

        if (credentialStatus is { Count: > 0 })
        {
            Status.CredentialStatusEntries.AddTo(document, credentialStatus);
        }

        return document;
    }
}
