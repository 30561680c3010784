using Credentials.Proofs.Findings;
using System.Text.Json;
using Credentials.Model.Schema;
using Credentials.Shacl.Elm;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// The structure of an ELM credential, judged two ways.
/// <para>
/// The official Europass SHACL shapes named by <c>credentialSchema.id</c> decide validity: each violation fails the
/// check; shapes we do not have (or linked data we cannot read) leave it Indeterminate, never Passed.
/// </para>
/// <para>
/// Our JSON Schema checks Annex I completeness (every element the Council Recommendation lists for a
/// micro-credential). Its errors fail the check for credentials in the envelopes our issuer makes for its
/// micro-credential profile (VC-JWT, VC-JOSE, Data Integrity); a Europass credential (JAdES seal or bare JSON)
/// makes no such claim, so there they are reported as notes (Skipped) that do not change the verdict.
/// </para>
/// </summary>
internal sealed class SchemaCheck : ICheck
{
    private const int MaxShaclResults = 50;
    private readonly ISchemaValidator? _annex;
    private readonly ElmShapeLibrary _shapes;
    private readonly StructureMemory? _memory;

    public SchemaCheck(ISchemaValidator? annex, StructureMemory? memory = null, ElmShapeLibrary? shapes = null)
    {
        _annex = annex;
        _shapes = shapes ?? ElmShapeLibrary.Bundled;
        _memory = memory is not null && memory.BindTo(annex, _shapes) ? memory : null;
    }

    public string Name => CheckNames.Schema;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context, cancellationToken));

    private IReadOnlyList<CheckResult> Run(VerificationContext context, CancellationToken cancellationToken)
    {
        if (context.Credential is not { } credential)
        {
            return Result.Skipped(Name, CheckCodes.SchemaSkipped, "the format check did not find a credential.");
        }

        if (!global::Credentials.Proofs.Formats.CredentialMembers.HasType(credential, "EuropeanDigitalCredential"))
        {
            return Result.One(Name, CheckOutcome.Skipped, CheckCodes.SchemaNotApplicable, "No schema of ours applies to this kind of credential.");
        }

        if (_memory is null)
        {
            return Judge(context, credential, cancellationToken);
        }

        var key = StructureMemory.KeyOf(credential, context.CredentialPointer, context.Secured?.ClaimsMicroCredentialProfile == true);
        if (_memory.TryGet(key, out var known))
        {
            return known;
        }

        var results = Judge(context, credential, cancellationToken);
        _memory.Add(key, results);
        return results;
    }

    private IReadOnlyList<CheckResult> Judge(VerificationContext context, JsonElement credential, CancellationToken cancellationToken)
    {
        var shacl = Shacl(credential, cancellationToken).ToList();
        var annex = Annex(context, credential).ToList();
        var vocabulary = Vocabulary(context, credential).ToList();
        if (shacl is [{ Code: CheckCodes.SchemaShaclConforms } conforms] && annex is [{ Code: CheckCodes.SchemaValid } complete] && vocabulary.Count == 0)
        {
            return Result.One(Name, CheckOutcome.Passed, CheckCodes.SchemaValid, conforms.Message[..^1] + "; " + char.ToLowerInvariant(complete.Message[0]) + complete.Message[1..]);
        }

        return [.. shacl, .. annex, .. vocabulary];
    }

    private IEnumerable<CheckResult> Shacl(JsonElement credential, CancellationToken cancellationToken)
    {
        var outcome = ElmShaclValidator.Validate(credential, _shapes, cancellationToken);
        foreach (var id in outcome.UnknownSchemaIds)
        {
            yield return new CheckResult(Name, CheckOutcome.Indeterminate, CheckCodes.SchemaShapeUnknown, "No bundled SHACL shapes for credentialSchema " + id + "; the credential's structure was not checked against it.", "/credentialSchema");
        }

        if (outcome.RdfError is { } error)
        {
            yield return new CheckResult(Name, CheckOutcome.Indeterminate, CheckCodes.SchemaRdfUnreadable, "The credential could not be read as linked data (" + error + "), so the SHACL shapes could not be applied.");
            yield break;
        }

        if (outcome.Report is not { } report)
        {
            if (outcome.SchemaIds.Count == 0)
            {
                yield return new CheckResult(Name, CheckOutcome.Indeterminate, CheckCodes.SchemaShapeUnknown, "The credential names no credentialSchema, so no SHACL shapes could be applied.");
            }

            yield break;
        }

        if (report.Conforms)
        {
            yield return new CheckResult(Name, CheckOutcome.Passed, CheckCodes.SchemaShaclConforms, "Conforms to the Europass SHACL shapes " + string.Join(", ", outcome.SchemaIds.Except(outcome.UnknownSchemaIds)) + ".");
            yield break;
        }

        foreach (var r in report.Results.Take(MaxShaclResults))
        {
            var violation = r.Severity == Credentials.Shacl.Validation.ShaclSeverity.Violation;
            yield return new CheckResult(
                Name,
                violation ? CheckOutcome.Failed : CheckOutcome.Indeterminate,
                violation ? CheckCodes.SchemaShaclViolation : CheckCodes.SchemaShaclWarning,
                ShaclWords.Describe(r, "en") + " " + ShaclMessages.Describe(r))
            {
                Explained = ShaclWords.Describe(r),
            };
        }

        if (report.Results.Count > MaxShaclResults || report.Truncated)
        {
            yield return new CheckResult(Name, CheckOutcome.Failed, CheckCodes.SchemaShaclViolation, "More SHACL results were found than are listed here.");
        }
    }

    /// <summary>Concept URIs outside their controlled vocabulary: mandatory lists fail, others are undecided.</summary>
    private IEnumerable<CheckResult> Vocabulary(VerificationContext context, JsonElement credential) =>
        Credentials.Shacl.Vocabularies.ElmConceptLists.Bundled.Check(credential).Select(f => f.Mandatory
            ? new CheckResult(Name, CheckOutcome.Failed, CheckCodes.SchemaVocabularyInvalid, f.ConceptId + " is not in the mandatory Europass vocabulary " + f.List + ".", context.CredentialPointer + f.Pointer)
            : new CheckResult(Name, CheckOutcome.Indeterminate, CheckCodes.SchemaVocabularyUnknown, f.ConceptId + " is not in the bundled Europass vocabulary " + f.List + "; it may be newer than this verifier.", context.CredentialPointer + f.Pointer));

    private IEnumerable<CheckResult> Annex(VerificationContext context, JsonElement credential)
    {
        if (_annex is null)
        {
            yield break;
        }

        var errors = _annex.Validate(credential);
        if (errors.Count == 0)
        {
            yield return new CheckResult(Name, CheckOutcome.Passed, CheckCodes.SchemaValid, "Every Annex I element required of a micro-credential is present and well formed.");
            yield break;
        }

        var claimsOurProfile = context.Secured?.ClaimsMicroCredentialProfile == true;
        if (!claimsOurProfile && !MicroCredentialClaim.Of(context, credential))
        {
            // A credential that does not claim to be a micro-credential (a Certificate of Participation, a Diploma
            // Supplement) is not measured against Annex I at all: its "missing" elements were never promised.
            yield break;
        }

        foreach (var e in errors)
        {
            yield return claimsOurProfile
                ? new CheckResult(Name, CheckOutcome.Failed, CheckCodes.SchemaInvalid, e.Message, context.CredentialPointer + e.Pointer)
                : new CheckResult(Name, CheckOutcome.Skipped, CheckCodes.SchemaAnnexIncomplete, "Annex I (noted only, this is not one of our micro-credential envelopes): " + e.Message, context.CredentialPointer + e.Pointer);
        }
    }
}
