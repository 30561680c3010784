using System.Text;
using Credentials.Issuer.Batches;
using Credentials.TestKit;

namespace Credentials.Issuer.Tests.Batches;

public sealed class BatchIssuerValidateTests
{
    private static BatchTemplate Template => BatchTemplate.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", "template.json")), out _)!;

    [Fact]
    public void Validate_SampleLearners_AllValid()
    {
        var table = LearnerCsv.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", "learners.csv")));

        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows);

        table.Errors.Should().BeEmpty();
        errors.Should().BeEmpty();
        valid.Should().HaveCount(4);
    }

    [Theory]
    [InlineData("../x;A;B;2000-01-02;;;5;2026-06-15", "column 'student_number'")]
    [InlineData("1;A;B;2000-01-02;;;5;2026-13-45", "column 'completion_date'")]
    [InlineData("1;;B;2000-01-02;;;5;2026-06-15", "column 'given_name'")]
    [InlineData("1;A;B;not-a-date;;;5;2026-06-15", "column 'date_of_birth'")]
    public void Validate_BadRow_ReportsItsLine(string row, string expected)
    {
        var csv = "student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date\n2;A;B;2000-01-02;;;5;2026-06-15\n" + row + "\n";
        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv));

        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows);

        valid.Should().ContainSingle();
        errors.Should().ContainSingle(e => e.Line == 3 && e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ManyRows_KeepsInputOrderAndEveryErrorInLineOrder()
    {
        // Every third row is bad; validation runs on every core and must still report in input order.
        var lines = Enumerable.Range(0, 3000).Select(i => i % 3 == 2 ? $"{i};A;B;not-a-date;;;5;2026-06-15" : $"{i};A;B;2000-01-02;;;5;2026-06-15");
        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(Header + string.Join("\r\n", lines) + "\r\n"));

        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows);

        valid.Select(r => r.Line).Should().Equal(Enumerable.Range(0, 3000).Where(i => i % 3 != 2).Select(i => i + 2));
        errors.Select(e => e.Line).Should().Equal(Enumerable.Range(0, 3000).Where(i => i % 3 == 2).Select(i => i + 2));
    }

    [Fact]
    public void CredentialOf_ValidRow_CarriesTheRowsLearnerAndAward()
    {
        var row = new LearnerRow(7, "abc-1", "Aino", "Virtanen", "2001-03-04", "aino@example.fi", string.Empty, "4", "2026-06-15");

        var credential = BatchIssuer.CredentialOf(Template, row);

        credential.Learner.GivenName.Should().Be("Aino");
        credential.Learner.StudentNumber.Should().Be("abc-1");
        credential.Award.AwardDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be("2026-06-15");
    }

    [Fact]
    public void CredentialOf_InvalidRow_ThrowsWithTheLine()
    {
        var row = new LearnerRow(9, "1", "A", "B", "not-a-date", string.Empty, string.Empty, "5", "2026-06-15");

        var act = () => BatchIssuer.CredentialOf(Template, row);

        act.Should().Throw<ArgumentException>().WithMessage("line 9 is invalid:*date_of_birth*");
    }

    private const string Header = "student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date\r\n";
}
