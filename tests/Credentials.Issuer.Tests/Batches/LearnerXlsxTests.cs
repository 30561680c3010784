using Credentials.Issuer.Batches;
using Credentials.TestKit;

namespace Credentials.Issuer.Tests.Batches;

public sealed class LearnerXlsxTests
{
    private static BatchTemplate Template => BatchTemplate.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", "template.json")), out _)!;

    [Fact]
    public void Parse_ExcelSample_DateCellsNumbersAndTextAllRead()
    {
        var table = LearnerXlsx.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("samples", "batch", "excel-export.xlsx")));

        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows, table.Columns);

        table.Errors.Concat(errors).Should().BeEmpty();
        valid.Select(r => (r.Line, r.StudentNumber, r.DateOfBirth, r.Grade, r.CompletionDate)).Should().Equal(
            (2, "040401", "2001-02-28", "5", "2026-06-15"),
            (3, "40402", "1999-11-03", "hyväksytty", "15.6.2026"));
        table.Columns[LearnerField.DateOfBirth].Should().Be("Syntymäaika");
    }

    [Fact]
    public void Parse_BadCell_IsReportedByExcelRowAndColumn()
    {
        var table = LearnerXlsx.Parse(File.ReadAllBytes(RepositoryPaths.InRepo("tests", "Credentials.Issuer.Tests", "Batches", "Data", "bad-birth-date.xlsx")));

        var (valid, errors) = BatchIssuer.Validate(Template, table.Rows, table.Columns);

        valid.Should().ContainSingle();
        errors.Should().ContainSingle().Which.Text("fi").Should().Be("sarake 'Syntymäaika': '31.2.2000' ei ole päivämäärä (kirjoita VVVV-KK-PP, p.k.vvvv tai pp.kk.vvvv)");
        errors[0].Line.Should().Be(3);
        table.Source!.Records[3].Should().Be("2;Virtanen;Matti;31.2.2000;4;2026-06-15");
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00 })]
    [InlineData(new byte[] { 0x6F, 0x70 })]
    [InlineData(new byte[0])]
    public void Parse_NotAWorkbook_OneErrorOnLineOne(byte[] bytes)
    {
        var table = LearnerXlsx.Parse(bytes);

        table.Rows.Should().BeEmpty();
        table.Errors.Should().ContainSingle(e => e.Line == 1 && e.Code == RowProblemCodes.XlsxUnreadable);
    }
}
