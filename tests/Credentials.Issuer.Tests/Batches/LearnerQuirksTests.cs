using System.Text;
using Credentials.Issuer.Batches;
using Credentials.TestKit;

namespace Credentials.Issuer.Tests.Batches;

/// <summary>One test per habit of real learners files (student-system exports, Excel re-saves).</summary>
public sealed class LearnerQuirksTests
{
    private static BatchTemplate Template => BatchTemplate.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", "template.json")), out _)!;

    private static (LearnerTable Table, IReadOnlyList<LearnerRow> Valid, IReadOnlyList<RowError> Errors) Read(string csv, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var table = LearnerCsv.Parse(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows, table.Columns);
        return (table, valid, [.. table.Errors, .. errors]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parse_Utf8WithOrWithoutBom_ReadsTheFirstHeader(bool bom)
    {
        var (table, valid, errors) = Read("Opiskelijanumero;Etunimet;Sukunimi;Syntymäaika;Arvosana;Suorituspäivä\r\n1;Äinö;Öljy;2000-01-02;5;2026-06-15\r\n", bom);

        errors.Should().BeEmpty();
        valid.Single().GivenName.Should().Be("Äinö");
        table.Columns[LearnerField.StudentNumber].Should().Be("Opiskelijanumero");
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    [InlineData('\t')]
    public void Parse_Separator_IsDetected(char separator)
    {
        var csv = string.Join(separator, "student_number", "given_name", "family_name", "date_of_birth", "grade", "completion_date") + "\n"
            + string.Join(separator, "1", "\"Anna, Liisa; Maria\"", "B", "2000-01-02", "4", "2026-06-15") + "\n";

        var (table, valid, errors) = Read(csv);

        errors.Should().BeEmpty();
        valid.Single().GivenName.Should().Be("Anna, Liisa; Maria");
        table.Source!.Separator.Should().Be(separator);
    }

    [Fact]
    public void Parse_QuotedFieldsWithLineBreaksAndDoubledQuotesOverCrlf_ReadsThem()
    {
        var (_, valid, errors) = Read("student_number;given_name;family_name;date_of_birth;grade;completion_date\r\n1;\"Sean \"\"Shay\"\"\";\"O'Neill\";2000-01-02;\"5\r\nerinomainen\";2026-06-15\r\n2;A;B;2000-01-02;4;2026-06-15\r\n");

        errors.Should().BeEmpty();
        valid[0].GivenName.Should().Be("Sean \"Shay\"");
        valid[0].Grade.Should().Be("5\r\nerinomainen");
        valid[1].Line.Should().Be(4);
    }

    [Fact]
    public void Parse_ExcelTrailingEmptyRowsAndColumns_AreIgnored()
    {
        var csv = "student_number;given_name;family_name;date_of_birth;grade;completion_date;;\r\n1;A;B;2000-01-02;5;2026-06-15;;\r\n;;;;;;;\r\n;;;;;;;\r\n\r\n";

        var (_, valid, errors) = Read(csv);

        errors.Should().BeEmpty();
        valid.Should().ContainSingle();
    }

    [Theory]
    [InlineData("Opiskelijanumero;Etunimet;Sukunimi;Syntymäaika;Sähköposti;Henkilötunnus;Arvosana;Suorituspäivä")]
    [InlineData("Studentnummer;Förnamn;Efternamn;Födelsedatum;E-post;Personbeteckning;Vitsord;Prestationsdatum")]
    [InlineData("Student number;First names;Last name;Date of birth;E-mail;Personal identity code;Grade;Completion date")]
    [InlineData("OPISKELIJANUMERO ; etu nimet;SUKUNIMI;syntymaaika;sahkoposti;HENKILOTUNNUS;arvosana;suoritus_paiva")]
    public void Parse_HeadersInFinnishSwedishOrEnglishAnySpellingCase_AreMatched(string header)
    {
        var (table, valid, errors) = Read(header + "\r\n1;Aino;Virtanen;2000-01-01;aino@example.fi;010100A123D;5;2026-06-15\r\n");

        errors.Should().BeEmpty();
        valid.Single().NationalId.Should().Be("010100A123D");
        table.Columns[LearnerField.DateOfBirth].Should().Be(header.Split(';')[3].Trim());
    }

    [Theory]
    [InlineData("2001-02-28")]
    [InlineData("28.2.2001")]
    [InlineData("28.02.2001")]
    public void Validate_DateForms_AreAccepted(string date)
    {
        var (_, valid, errors) = Read($"student_number;given_name;family_name;date_of_birth;grade;completion_date\n1;A;B;{date};5;1.6.2026\n");

        errors.Should().BeEmpty();
        BatchIssuer.CredentialOf(Template, valid.Single()).Learner.DateOfBirth.Should().Be(new DateOnly(2001, 2, 28));
    }

    [Theory]
    [InlineData("131052-308T", null)]
    [InlineData("010594Y139D", null)]
    [InlineData("150305B876M", null)]
    [InlineData("131052-308U", RowProblemCodes.IdentityCodeCheck)]
    [InlineData("310252-308T", RowProblemCodes.IdentityCodeDate)]
    [InlineData("131052G308T", RowProblemCodes.IdentityCodeMalformed)]
    [InlineData("1310523-08T", RowProblemCodes.IdentityCodeMalformed)]
    public void Validate_FinnishPersonalIdentityCode_IsChecked(string code, string? expected)
    {
        var born = Credentials.Model.Validation.FinnishPersonalIdentityCode.Check(code, out var date) == Credentials.Model.Validation.FinnishPersonalIdentityCodeOutcome.Valid
            ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "1952-10-13";

        var (_, _, errors) = Read($"Opiskelijanumero;Etunimet;Sukunimi;Syntymäaika;Henkilötunnus;Arvosana;Suorituspäivä\n1;A;B;{born};{code};5;2026-06-15\n");

        if (expected is null)
        {
            errors.Should().BeEmpty();
        }
        else
        {
            errors.Should().ContainSingle().Which.Should().Match<RowError>(e => e.Code == expected && e.Column == "Henkilötunnus" && e.Line == 2);
        }
    }

    [Fact]
    public void Validate_IdentityCodeOfAnotherBirthDate_IsReported()
    {
        var (_, _, errors) = Read("Opiskelijanumero;Etunimet;Sukunimi;Syntymäaika;Henkilötunnus;Arvosana;Suorituspäivä\n1;A;B;14.10.1952;131052-308T;5;2026-06-15\n");

        errors.Should().ContainSingle(e => e.Code == RowProblemCodes.IdentityCodeBirthDate)
            .Which.Message.Should().Be("column 'Henkilötunnus': the personal identity code gives the date of birth 1952-10-13, but the date of birth is 1952-10-14");
    }

    [Fact]
    public void Validate_EveryProblemOfEveryRow_NamedByLineAndColumn()
    {
        var csv = "Opiskelijanumero;Etunimet;Sukunimi;Syntymäaika;Sähköposti;Arvosana;Suorituspäivä\r\n"
            + "1;;B;31.2.2000;not-mail;5;2026-06-15\r\n"
            + "2;A;B;2000-01-02;;;15.13.2026\r\n"
            + "3;A;B;2000-01-02;;5;2026-06-15\r\n";

        var (_, valid, errors) = Read(csv);

        valid.Select(r => r.StudentNumber).Should().Equal("3");
        errors.Select(e => (e.Line, e.Column, e.Code)).Should().BeEquivalentTo(new (int, string?, string)[]
        {
            (2, "Etunimet", RowProblemCodes.Required),
            (2, "Syntymäaika", RowProblemCodes.InvalidDate),
            (2, "Sähköposti", RowProblemCodes.InvalidEmail),
            (3, "Arvosana", RowProblemCodes.Required),
            (3, "Suorituspäivä", RowProblemCodes.InvalidDate),
        });
        errors.Should().NotContain(e => e.Message.Contains("/learner", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "column 'Syntymäaika': '31.2.2000' is not a date (write YYYY-MM-DD, d.m.yyyy or dd.mm.yyyy)")]
    [InlineData("fi", "sarake 'Syntymäaika': '31.2.2000' ei ole päivämäärä (kirjoita VVVV-KK-PP, p.k.vvvv tai pp.kk.vvvv)")]
    [InlineData("sv", "kolumn 'Syntymäaika': '31.2.2000' är inte ett datum (skriv ÅÅÅÅ-MM-DD, d.m.åååå eller dd.mm.åååå)")]
    public void Text_InTheCliLanguage(string language, string expected)
    {
        var (_, _, errors) = Read("Opiskelijanumero;Etunimet;Sukunimi;Syntymäaika;Arvosana;Suorituspäivä\n1;A;B;31.2.2000;5;2026-06-15\n");

        errors.Single().Text(language).Should().Be(expected);
    }

    [Fact]
    public void Parse_MissingColumn_NamesTheFieldAndItsAliases()
    {
        var (table, _, _) = Read("Opiskelijanumero;Etunimet;Sukunimi;Arvosana;Suorituspäivä\n1;A;B;5;2026-06-15\n");

        table.Errors.Should().ContainSingle().Which.Message.Should().StartWith("the header has no column for date_of_birth").And.Contain("Syntymäaika".ToLowerInvariant());
    }

    [Theory]
    [InlineData("sisu-export.csv", 4)]
    [InlineData("peppi-export.tsv", 2)]
    [InlineData("oodi-export.csv", 2)]
    [InlineData("learners.csv", 4)]
    public void Samples_StudentSystemShapedExports_AreAllValid(string file, int learners)
    {
        var table = LearnerCsv.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", file)));

        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows, table.Columns);

        table.Errors.Concat(errors).Should().BeEmpty();
        valid.Should().HaveCount(learners);
    }
}
