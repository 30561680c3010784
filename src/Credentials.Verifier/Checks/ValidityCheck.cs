using System.Globalization;
using System.Text.Json;
using Credentials.Verifier.Pipeline;
using Credentials.Verifier.Reports;

namespace Credentials.Verifier.Checks;

/// <summary>
/// Compares the validity bounds with the injected clock, allowing the configured skew: VC Data Model 1.1
/// <c>issuanceDate</c>/<c>expirationDate</c>, ELM <c>issued</c>/<c>validFrom</c>/<c>validUntil</c>,
/// VC Data Model 2.0 <c>validFrom</c>/<c>validUntil</c>, and the JWT <c>nbf</c>/<c>exp</c> (RFC 7519 §4.1.4–5).
/// </summary>
internal sealed class ValidityCheck : ICheck
{
    private static readonly string[] StartMembers = ["issuanceDate", "validFrom", "issued"];
    private static readonly string[] EndMembers = ["expirationDate", "validUntil"];

    public string Name => CheckNames.Validity;

    public ValueTask<IReadOnlyList<CheckResult>> RunAsync(VerificationContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Run(context));

    private IReadOnlyList<CheckResult> Run(VerificationContext context)
    {
        if (context.Credential is not { } credential)
        {
            return Result.Skipped(Name, CheckCodes.ValiditySkipped, "the format check did not find a credential.");
        }

        var now = context.Time.GetUtcNow();
        var skew = context.Options.ClockSkew;
        var problems = new List<CheckResult>();
        var bounds = new List<(string Pointer, DateTimeOffset Value, bool IsStart)>();

        foreach (var (members, isStart) in new[] { (StartMembers, true), (EndMembers, false) })
        {
            foreach (var member in members)
            {
                if (!credential.TryGetProperty(member, out var v))
                {
                    continue;
                }

                var pointer = context.CredentialPointer + "/" + member;
                if (v.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                {
                    bounds.Add((pointer, date, isStart));
                }
                else
                {
                    problems.Add(new CheckResult(Name, CheckOutcome.Failed, CheckCodes.ValidityMalformedDate, $"'{member}' is not a date and time.", pointer));
                }
            }
        }

        if (context.Jws?.PayloadJson?.RootElement is { ValueKind: JsonValueKind.Object } claims)
        {
            foreach (var (claim, isStart) in new[] { ("nbf", true), ("exp", false) })
            {
                if (claims.TryGetProperty(claim, out var v))
                {
                    if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var seconds) && seconds is > -62135596800 and < 253402300800)
                    {
                        bounds.Add(("/" + claim, DateTimeOffset.FromUnixTimeSeconds(seconds), isStart));
                    }
                    else
                    {
                        problems.Add(new CheckResult(Name, CheckOutcome.Failed, CheckCodes.ValidityMalformedDate, $"The token's '{claim}' is not a NumericDate.", "/" + claim));
                    }
                }
            }
        }

        foreach (var (pointer, value, isStart) in bounds)
        {
            var when = value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
            if (isStart && value > now + skew)
            {
                problems.Add(new CheckResult(Name, CheckOutcome.Failed, CheckCodes.ValidityNotYetValid, $"The credential is valid only from {when}.", pointer));
            }
            else if (!isStart && value < now - skew)
            {
                problems.Add(new CheckResult(Name, CheckOutcome.Failed, CheckCodes.ValidityExpired, $"The credential expired on {when}.", pointer));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var end = bounds.Where(b => !b.IsStart).Select(b => (DateTimeOffset?)b.Value).Min();
        return Result.One(Name, CheckOutcome.Passed, CheckCodes.ValidityValid, end is null
            ? "The credential is valid from its issuing date and does not expire."
            : "The credential is valid until " + end.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".");
    }
}
