using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Validation;

namespace Credentials.Issuer.Batches;

/// <summary>
/// Checks one learner row against the model's rules for the per-learner part (learner and award) with the same
/// readers and validators as the JSON input form, combined with the batch's already validated template. The template
/// is not read or validated again per row.
/// </summary>
internal static partial class BatchRowValidator
{
    public static (MicroCredential? Credential, RowError? Error) Validate(BatchTemplate template, MicroCredentialTemplate model, LearnerRow row)
    {
        if (!StudentNumberPattern().IsMatch(row.StudentNumber))
        {
            return (null, new RowError(row.Line, $"student number '{row.StudentNumber}' must be 1–64 letters, digits, '.', '_' or '-'"));
        }

        if (!DateOnly.TryParseExact(row.CompletionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return (null, new RowError(row.Line, $"completion date '{row.CompletionDate}' is not YYYY-MM-DD"));
        }

        var learner = MicroCredentialJson.ParseLearner(JsonSerializer.SerializeToUtf8Bytes(Learner(template, row)));
        var award = MicroCredentialJson.ParseAward(JsonSerializer.SerializeToUtf8Bytes(Award(template, row)));
        var problems = learner.Problems.Select(p => p with { Pointer = "/learner" + p.Pointer })
            .Concat(award.Problems.Select(p => p with { Pointer = "/award" + p.Pointer }))
            .ToList();
        if (problems.Count == 0 && learner.Value is { } l && award.Value is { } a)
        {
            // The rules that relate the sections (born before the award); the template part was validated once.
            var credential = new MicroCredential(model, l, a);
            problems.AddRange(MicroCredentialValidator.Validate(credential).Where(p => !p.Pointer.StartsWith("/template", StringComparison.Ordinal)));
            if (problems.Count == 0)
            {
                return (credential, null);
            }
        }

        return (null, new RowError(row.Line, string.Join("; ", problems.Select(p => $"{p.Pointer}: {p.Message}"))));
    }

    private static JsonObject Learner(BatchTemplate template, LearnerRow row)
    {
        var learner = new JsonObject
        {
            ["givenName"] = row.GivenName,
            ["familyName"] = row.FamilyName,
            ["dateOfBirth"] = row.DateOfBirth,
            ["studentNumber"] = row.StudentNumber,
            ["studentNumberScheme"] = template.StudentNumberScheme,
        };
        if (row.Email.Length > 0)
        {
            learner["email"] = row.Email;
        }

        if (row.NationalId.Length > 0)
        {
            learner["nationalId"] = row.NationalId;
            learner["nationalIdCountry"] = template.NationalIdCountry;
        }

        return learner;
    }

    private static JsonObject Award(BatchTemplate template, LearnerRow row) => new()
    {
        ["grade"] = new JsonObject { [template.GradeLanguage] = row.Grade },
        ["awardDate"] = row.CompletionDate,
    };

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex StudentNumberPattern();
}
