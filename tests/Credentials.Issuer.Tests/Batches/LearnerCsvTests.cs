using System.Text;
using Credentials.Issuer.Batches;

namespace Credentials.Issuer.Tests.Batches;

public sealed class LearnerCsvTests
{
    private const string Header = "student_number;given_name;family_name;date_of_birth;email;national_id;grade;completion_date";

    [Fact]
    public void Parse_BomSemicolonsQuotesCrlf_ReadsEveryField()
    {
        var csv = "\uFEFF" + Header + "\r\n900201;\"Anna; Liisa\";\"O\"\"Brien\";2000-01-02;a@x.example;;\"5\r\nexcellent\";2026-06-15\r\n900202;B;C;2000-01-03;;;4;2026-06-15\r\n";

        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv));

        table.Errors.Should().BeEmpty();
        table.Rows.Should().HaveCount(2);
        table.Rows[0].Should().Be(new LearnerRow(2, "900201", "Anna; Liisa", "O\"Brien", "2000-01-02", "a@x.example", string.Empty, "5\r\nexcellent", "2026-06-15"));
        table.Rows[1].Line.Should().Be(4);
    }

    [Fact]
    public void Parse_CommaSeparatedFinnishHeaderWithoutNationalId_Reads()
    {
        var csv = "opiskelijanumero,etunimet,sukunimi,syntymaaika,sahkoposti,arvosana,suorituspaiva\n1,Äijä,Öö,2000-01-02,,hyväksytty,2026-06-15\n";

        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv));

        table.Errors.Should().BeEmpty();
        table.Rows.Single().GivenName.Should().Be("Äijä");
    }

    [Fact]
    public void Parse_WrongHeader_ReportsMissingColumnsOnLineOne()
    {
        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes("id;name\n1;x\n"));

        table.Rows.Should().BeEmpty();
        table.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.Line == 1);
        table.Errors.Should().Contain(e => e.Message.Contains("student_number", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DuplicateStudentNumber_ReportsSecondLine()
    {
        var csv = Header + "\n7;A;B;2000-01-02;;;5;2026-06-15\n7;C;D;2000-01-02;;;5;2026-06-15\n";

        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv));

        table.Rows.Should().ContainSingle();
        table.Errors.Should().ContainSingle(e => e.Line == 3 && e.Message.Contains("line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_QuoteInsideUnquotedField_ReportsLineAndKeepsOthers()
    {
        var csv = Header + "\n1;A\"x;B;2000-01-02;;;5;2026-06-15\n2;A;B;2000-01-02;;;5;2026-06-15\n";

        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv));

        table.Errors.Should().ContainSingle(e => e.Line == 2);
        table.Rows.Select(r => r.StudentNumber).Should().Equal("2");
    }

    [Fact]
    public void Parse_TruncatedInsideQuotes_ReportsUnclosedQuote()
    {
        var csv = Header + "\n1;A;B;2000-01-02;;;5;2026-06-15\n2;\"A;B;2000";

        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv));

        table.Errors.Should().ContainSingle(e => e.Line == 3 && e.Message.Contains("never closed", StringComparison.Ordinal));
        table.Rows.Should().ContainSingle();
    }

    [Fact]
    public void Parse_TruncatedRow_ReportsFieldCount()
    {
        var csv = Header + "\n1;A;B;2000-01-02";

        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv));

        table.Errors.Should().ContainSingle(e => e.Line == 2 && e.Message.Contains("4 fields", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OversizedRow_ReportedNotRead()
    {
        var csv = Header + "\n1;" + new string('A', LearnerCsv.MaxRowChars) + ";B;2000-01-02;;;5;2026-06-15\n2;A;B;2000-01-02;;;5;2026-06-15\n";

        var table = LearnerCsv.Parse(Encoding.UTF8.GetBytes(csv));

        table.Errors.Should().ContainSingle(e => e.Line == 2 && e.Message.Contains("longer", StringComparison.Ordinal));
        table.Rows.Select(r => r.StudentNumber).Should().Equal("2");
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[0])]
    public void Parse_InvalidUtf8OrEmpty_OneErrorOnLineOne(byte[] bytes)
    {
        var table = LearnerCsv.Parse(bytes);

        table.Rows.Should().BeEmpty();
        table.Errors.Should().ContainSingle(e => e.Line == 1);
    }
}
