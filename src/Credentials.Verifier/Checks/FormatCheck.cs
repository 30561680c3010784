using Credentials.Proofs.Findings;
using Credentials.Proofs.Formats;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Reads the input (size limit, UTF-8, compact JWS or JSON, duplicate members refused: design §8) and hands it to
/// the first registered format that recognises it, which finds the credential and its structural problems.
/// </summary>
internal sealed class FormatCheck : ICheck
{
    private readonly CredentialFormats _formats;

    public FormatCheck(CredentialFormats formats)
    {
        _formats = formats;
    }

    public string Name => CheckNames.Format;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context));

    private IReadOnlyList<CheckResult> Run(VerificationContext context)
    {
        var input = CredentialInput.Read(context.Input, context.Options.MaxInputBytes);
        context.Parsed = input;
        if (input.Problem is { } problem)
        {
            return [Result.Of(Name, problem)];
        }

        var format = _formats.Find(input);
        if (format is null)
        {
            return Result.One(Name, CheckOutcome.Failed, CheckCodes.FormatNotACredential, "No supported format recognises this input.");
        }

        var secured = format.Read(input);
        context.Secured = secured;
        if (secured.Problems.Count > 0)
        {
            return Result.Of(Name, secured.Problems);
        }

        var cleaned = input.Notes.Count == 0 ? string.Empty : "; " + string.Join(", ", input.Notes);
        return Result.One(Name, CheckOutcome.Passed, CheckCodes.FormatOk, "The input holds " + Article(secured.Description) + secured.Description + cleaned + ".");
    }

    // "an SD-JWT VC", "a VC-JWT": an acronym whose first letter is spoken with a vowel sound takes "an".
    private static string Article(string noun) =>
        noun.Length > 1 && ("AEIOUaeiou".Contains(noun[0], StringComparison.Ordinal) || ("FHLMNRSX".Contains(noun[0], StringComparison.Ordinal) && (char.IsUpper(noun[1]) || noun[1] == '-')))
            ? "an "
            : "a ";
}
