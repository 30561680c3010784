using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Credentials.Model.Input;
using Credentials.Model.MicroCredentials;
using Credentials.Model.Validation;

namespace Credentials.Issuer.Batches;

/// <summary>
/// Checks one learner row and reports every problem it has, each by the column the file names: first the column
/// checks (required values, dates, student number, e-mail, Finnish personal identity code), then, for a row that
/// passes them, the model's own rules for the learner and award (as the JSON input form runs them), combined with the
/// batch's already validated template. The template is not read or validated again per row.
/// </summary>
internal static partial class BatchRowValidator
{
    private static readonly Dictionary<string, LearnerField> PointerFields = new(StringComparer.Ordinal)
    {
        ["/learner/givenName"] = LearnerField.GivenName,
        ["/learner/familyName"] = LearnerField.FamilyName,
        ["/learner/dateOfBirth"] = LearnerField.DateOfBirth,
        ["/learner/studentNumber"] = LearnerField.StudentNumber,
        ["/learner/email"] = LearnerField.Email,
        ["/learner/nationalId"] = LearnerField.NationalId,
        ["/award/grade"] = LearnerField.Grade,
        ["/award/awardDate"] = LearnerField.CompletionDate,
    };

    public static (MicroCredential? Credential, IReadOnlyList<RowError> Errors) Validate(
        BatchTemplate template, MicroCredentialTemplate model, LearnerRow row, IReadOnlyDictionary<LearnerField, string> columns)
    {
        var errors = new List<RowError>();
        void Add(LearnerField field, string code, params string[] values) => errors.Add(new RowError(row.Line, columns[field], code, values));

        if (Required(row.StudentNumber, LearnerField.StudentNumber) && !StudentNumberPattern().IsMatch(row.StudentNumber))
        {
            Add(LearnerField.StudentNumber, RowProblemCodes.InvalidStudentNumber, row.StudentNumber);
        }

        Required(row.GivenName, LearnerField.GivenName);
        Required(row.FamilyName, LearnerField.FamilyName);
        var born = Date(row.DateOfBirth, LearnerField.DateOfBirth);
        if (born is { Year: < 1900 } early)
        {
            Add(LearnerField.DateOfBirth, RowProblemCodes.BornBefore1900, Iso(early));
        }

        if (row.Email.Length > 0 && !EmailAddress.IsValid(row.Email))
        {
            Add(LearnerField.Email, RowProblemCodes.InvalidEmail, row.Email);
        }

        if (row.NationalId.Length > 0 && template.NationalIdCountry is null or "FIN")
        {
            CheckIdentityCode(row.NationalId, born, Add);
        }

        Required(row.Grade, LearnerField.Grade);
        var completed = Date(row.CompletionDate, LearnerField.CompletionDate);
        if (born is { } b && completed is { } c && b > c)
        {
            Add(LearnerField.DateOfBirth, RowProblemCodes.BornAfterCompletion, Iso(b), Iso(c));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return ValidateModel(template, model, row, columns);

        bool Required(string value, LearnerField field)
        {
            if (value.Length > 0)
            {
                return true;
            }

            Add(field, RowProblemCodes.Required);
            return false;
        }

        DateOnly? Date(string value, LearnerField field)
        {
            if (!Required(value, field))
            {
                return null;
            }

            if (LearnerDates.TryParse(value, out var date))
            {
                return date;
            }

            Add(field, RowProblemCodes.InvalidDate, value);
            return null;
        }
    }

    private static void CheckIdentityCode(string code, DateOnly? born, Action<LearnerField, string, string[]> add)
    {
        var outcome = FinnishPersonalIdentityCode.Check(code, out var encoded);
        var problem = outcome switch
        {
            FinnishPersonalIdentityCodeOutcome.Malformed => RowProblemCodes.IdentityCodeMalformed,
            FinnishPersonalIdentityCodeOutcome.InvalidDate => RowProblemCodes.IdentityCodeDate,
            FinnishPersonalIdentityCodeOutcome.WrongCheckCharacter => RowProblemCodes.IdentityCodeCheck,
            _ => null,
        };
        if (problem is not null)
        {
            add(LearnerField.NationalId, problem, [code]);
        }
        else if (born is { } b && b != encoded)
        {
            add(LearnerField.NationalId, RowProblemCodes.IdentityCodeBirthDate, [Iso(encoded), Iso(b)]);
        }
    }

    // The row passed the column checks; the model's rules are the safety net (and relate the sections).
    private static (MicroCredential? Credential, IReadOnlyList<RowError> Errors) ValidateModel(
        BatchTemplate template, MicroCredentialTemplate model, LearnerRow row, IReadOnlyDictionary<LearnerField, string> columns)
    {
        var learner = MicroCredentialJson.ParseLearner(JsonSerializer.SerializeToUtf8Bytes(Learner(template, row)));
        var award = MicroCredentialJson.ParseAward(JsonSerializer.SerializeToUtf8Bytes(Award(template, row)));
        var problems = learner.Problems.Select(p => p with { Pointer = "/learner" + p.Pointer })
            .Concat(award.Problems.Select(p => p with { Pointer = "/award" + p.Pointer }))
            .ToList();
        if (problems.Count == 0 && learner.Value is { } l && award.Value is { } a)
        {
            var credential = new MicroCredential(model, l, a);
            problems.AddRange(MicroCredentialValidator.Validate(credential).Where(p => !p.Pointer.StartsWith("/template", StringComparison.Ordinal)));
            if (problems.Count == 0)
            {
                return (credential, []);
            }
        }

        return (null, problems.Select(p => new RowError(
            row.Line,
            PointerFields.TryGetValue(p.Pointer, out var field) ? columns[field] : null,
            RowProblemCodes.Model,
            [p.Message])).ToList());
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Learner(BatchTemplate template, LearnerRow row)
    {
        var learner = new JsonObject
        {
            ["givenName"] = row.GivenName,
            ["familyName"] = row.FamilyName,
            ["dateOfBirth"] = LearnerDates.ToIso(row.DateOfBirth),
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
        ["awardDate"] = LearnerDates.ToIso(row.CompletionDate),
    };

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex StudentNumberPattern();
}
