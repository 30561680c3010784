using System.Globalization;
using System.Text;

namespace Credentials.Issuer.Batches;

/// <summary>
/// The header names a learners file may use for each <see cref="LearnerField"/>: English, Finnish and Swedish, as
/// student information systems and people write them. A header matches after <see cref="Normalize"/> (case, spaces,
/// <c>_</c>, <c>-</c> and <c>.</c> ignored; <c>ä</c>, <c>å</c> and <c>ö</c> also match <c>a</c> and <c>o</c>), so
/// <c>Syntymäaika</c>, <c>syntymaaika</c> and <c>SYNTYMÄ AIKA</c> are the same column. README lists these aliases.
/// </summary>
public static class LearnerColumns
{
    /// <summary>The aliases of each field; the first is the English name used in JSON input and messages.</summary>
    public static IReadOnlyDictionary<LearnerField, string[]> Aliases { get; } = new Dictionary<LearnerField, string[]>
    {
        [LearnerField.StudentNumber] = ["student_number", "student number", "student id", "opiskelijanumero", "opiskelijanro", "op.nro", "studentnummer", "studerandenummer"],
        [LearnerField.GivenName] = ["given_name", "given names", "first name", "first names", "etunimet", "etunimi", "förnamn", "förnamnen"],
        [LearnerField.FamilyName] = ["family_name", "last name", "surname", "sukunimi", "efternamn", "släktnamn"],
        [LearnerField.DateOfBirth] = ["date_of_birth", "birth date", "syntymäaika", "syntymäpäivä", "syntymäpvm", "födelsedatum", "födelsetid"],
        [LearnerField.Email] = ["email", "email address", "sähköposti", "sähköpostiosoite", "e-post", "e-postadress"],
        [LearnerField.NationalId] = ["national_id", "personal identity code", "henkilötunnus", "hetu", "personbeteckning"],
        [LearnerField.Grade] = ["grade", "arvosana", "vitsord", "betyg"],
        [LearnerField.CompletionDate] = ["completion_date", "completion date", "date of completion", "suorituspäivä", "suorituspvm", "suorituspäivämäärä", "prestationsdatum", "avläggningsdatum"],
    };

    private static readonly Dictionary<string, LearnerField> ByKey = Aliases
        .SelectMany(a => a.Value.Select(name => (Key: Normalize(name), Field: a.Key)))
        .Distinct()
        .ToDictionary(x => x.Key, x => x.Field, StringComparer.Ordinal);

    /// <summary>The fields a file must have a column for.</summary>
    public static IReadOnlyList<LearnerField> Required { get; } =
        [LearnerField.StudentNumber, LearnerField.GivenName, LearnerField.FamilyName, LearnerField.DateOfBirth, LearnerField.Grade, LearnerField.CompletionDate];

    /// <summary>The English column names, for JSON input (whose members are these names).</summary>
    public static IReadOnlyDictionary<LearnerField, string> English { get; } = Aliases.ToDictionary(a => a.Key, a => a.Value[0]);

    /// <summary>The field a header name stands for; null when it is no learner column (other columns are ignored).</summary>
    public static LearnerField? Find(string header) => ByKey.TryGetValue(Normalize(header), out var field) ? field : null;

    /// <summary>Lower-case, without spaces, <c>_</c>, <c>-</c>, <c>.</c>, with ä/å folded to a and ö to o.</summary>
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var key = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture))
        {
            switch (c)
            {
                case ' ' or '\t' or '\u00A0' or '_' or '-' or '.':
                    break;
                case 'ä' or 'å':
                    key.Append('a');
                    break;
                case 'ö':
                    key.Append('o');
                    break;
                default:
                    key.Append(c);
                    break;
            }
        }

        return key.ToString();
    }
}
