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
    [InlineData("../x;A;B;2000-01-02;;;5;2026-06-15", "student number")]
    [InlineData("1;A;B;2000-01-02;;;5;15.6.2026", "completion date")]
    [InlineData("1;;B;2000-01-02;;;5;2026-06-15", "givenName")]
    [InlineData("1;A;B;not-a-date;;;5;2026-06-15", "dateOfBirth")]
    public void Validate_BadRow_ReportsItsLine(string row, string expected)
    {
        var csv = "student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date\n2;A;B;2000-01-02;;;5;2026-06-15\n" + row + "\n";
        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv));

        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows);

        valid.Should().ContainSingle();
        errors.Should().ContainSingle(e => e.Line == 3 && e.Message.Contains(expected, StringComparison.Ordinal));
    }
}
