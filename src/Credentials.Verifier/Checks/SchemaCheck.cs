using Credentials.Model.Schema;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Validates an ELM micro-credential against our JSON Schema (every Annex I mandatory element, ECTS and EQF ranges).
/// Each schema error is its own result with a JSON Pointer into the input.
/// </summary>
internal sealed class SchemaCheck : ICheck
{
    private readonly ISchemaValidator? _validator;

    public SchemaCheck(ISchemaValidator? validator)
    {
        _validator = validator;
    }

    public string Name => CheckNames.Schema;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context));

    private IReadOnlyList<CheckResult> Run(VerificationContext context)
    {
        if (context.Credential is not { } credential)
        {
            return Result.Skipped(Name, CheckCodes.SchemaSkipped, "the format check did not find a credential.");
        }

        if (_validator is null || !FormatCheck.HasType(credential, "EuropeanDigitalCredential"))
        {
            return Result.One(Name, CheckOutcome.Skipped, CheckCodes.SchemaNotApplicable, "No schema of ours applies to this kind of credential.");
        }

        var errors = _validator.Validate(credential);
        if (errors.Count == 0)
        {
            return Result.One(Name, CheckOutcome.Passed, CheckCodes.SchemaValid, "Every Annex I element required of a micro-credential is present and well formed.");
        }

        return errors
            .Select(e => new CheckResult(Name, CheckOutcome.Failed, CheckCodes.SchemaInvalid, e.Message, context.CredentialPointer + e.Pointer))
            .ToList();
    }
}
