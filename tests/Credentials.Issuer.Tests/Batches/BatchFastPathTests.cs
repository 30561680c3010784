using System.Text;
using Credentials.Issuer.Batches;
using Credentials.Issuer.Issuing;
using Credentials.Issuer.Status;
using Credentials.Model.Registry;
using Credentials.Model.Schema;
using Credentials.Model.Status;
using Credentials.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Issuer.Tests.Batches;

/// <summary>
/// The batch signs without the per-credential JSON Schema check; these prove that skipping it loses nothing: a row the
/// row validator accepts always yields a schema-valid credential, and the fast path signs exactly what the checked path does.
/// </summary>
public sealed class BatchFastPathTests
{
    private const string Header = "student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date\n";

    private static readonly BatchTemplate Template = BatchTemplate.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", "template.json")), out _)!;

    private static readonly CredentialIssuer Issuer = new(TestKeys.Northern, new FakeTimeProvider(new DateTimeOffset(2026, 6, 20, 8, 0, 0, TimeSpan.Zero)), SchemaValidator.ElmMicroCredential);

    // Hostile and borderline values for every column a row carries.
    private static readonly string[] Lines =
    [
        "1;A;B;2000-01-02;;;5;2026-06-15",
        "1;Äijä Öhrn-Åberg;D'Artagnan;2000-01-02;a@b.fi;;hyväksytty;2026-06-15",
        "1;" + new string('x', 5000) + ";B;2000-01-02;;;5;2026-06-15",
        "1; ;B;2000-01-02;;;5;2026-06-15",
        "1;A;\t;2000-01-02;;;5;2026-06-15",
        "1;A\u0000B;C;2000-01-02;;;5;2026-06-15",
        "1;<script>;{\"x\":1};2000-01-02;;;5;2026-06-15",
        "1;A;B;2000-02-30;;;5;2026-06-15",
        "1;A;B;2030-01-01;;;5;2026-06-15",
        "1;A;B;0001-01-01;;;5;2026-06-15",
        "1;A;B;20000102;;;5;2026-06-15",
        "1;A;B;2000-01-02;not-an-email;;5;2026-06-15",
        "1;A;B;2000-01-02;a@;;5;2026-06-15",
        "1;A;B;2000-01-02;" + new string('a', 300) + "@x.fi;;5;2026-06-15",
        "1;A;B;2000-01-02;;010200A9618;5;2026-06-15",
        "1;A;B;2000-01-02;;x;5;2026-06-15",
        "1;A;B;2000-01-02;;;;2026-06-15",
        "1;A;B;2000-01-02;;;" + new string('5', 3000) + ";2026-06-15",
        "1;A;B;2000-01-02;;;5;2026-13-45",
        "1;A;B;2000-01-02;;;5;9999-12-31",
        "a.b_c-D;A;B;2000-01-02;;;5;2026-06-15",
    ];

    public static TheoryData<string> Rows => new(Lines);

    [Theory]
    [MemberData(nameof(Rows))]
    public void AcceptedRow_AlwaysPassesTheFullSchema(string line)
    {
        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(Header + line + "\n"));
        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows);
        if (valid.Count == 0)
        {
            errors.Concat(table.Errors).Should().ContainSingle("the row is refused by the CSV reader or the row validator").Which.Line.Should().Be(2);
            return;
        }

        var checkedResult = Issuer.Issue(BatchIssuer.CredentialOf(Template, valid[0]), SecuringFormat.Jwt, "urn:uuid:00000000-0000-4000-8000-000000000001", credentialStatus: Status());

        checkedResult.Problems.Should().BeEmpty("a row the row validator accepts must give a schema-valid credential");
    }

    [Fact]
    public void Rows_SomeAreRejectedAndSomeAccepted()
    {
        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(Header + string.Join('\n', Lines.Select((l, i) => l.Replace("1;", $"{i + 1};", StringComparison.Ordinal))) + "\n"));

        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows);

        valid.Should().NotBeEmpty();
        errors.Should().HaveCountGreaterThan(5, "the hostile rows must be caught by the row validator, not only by the schema");
    }

    [Fact]
    public void FastPath_SignsTheSameBytesAsTheCheckedPath()
    {
        var table = LearnerCsv.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", "learners.csv")));
        foreach (var row in BatchIssuer.Validate(Template, table.Rows).Valid)
        {
            var credential = BatchIssuer.CredentialOf(Template, row);
            var id = "urn:uuid:" + Guid.NewGuid().ToString("D");

            var fast = Issuer.SignValidatedJwt(credential, id, Status());
            var full = Issuer.Issue(credential, SecuringFormat.Jwt, id, credentialStatus: Status());

            full.Problems.Should().BeEmpty();
            fast.Split('.')[1].Should().Be(full.Secured!.Split('.')[1]);
        }
    }

    [Fact]
    public void Template_InvalidModel_RefusedOnceWithPointers()
    {
        var text = File.ReadAllText(RepositoryPaths.InRepo("samples", "batch", "template.json")).Replace("\"primaryLanguage\": \"fi\"", "\"primaryLanguage\": \"xx\"", StringComparison.Ordinal);

        var parsed = BatchTemplate.Parse(Encoding.UTF8.GetBytes(text), out var error);

        parsed.Should().BeNull();
        error.Should().Contain("/template/primaryLanguage");
    }

    private static System.Text.Json.Nodes.JsonArray Status() => CredentialStatusEntries.Build(
        [new StatusAllocation(StatusPurpose.Revocation, 1, 17), new StatusAllocation(StatusPurpose.Suspension, 2, 4242)],
        new StatusListUrls(StatusListUrls.DefaultBaseUrl));
}
