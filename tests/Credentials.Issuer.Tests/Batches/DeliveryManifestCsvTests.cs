using Credentials.Issuer.Batches;

namespace Credentials.Issuer.Tests.Batches;

public sealed class DeliveryManifestCsvTests
{
    [Fact]
    public void Add_QuotesOnlyFieldsThatNeedIt_AndLeavesMissingValuesEmpty()
    {
        var manifest = new DeliveryManifestCsv();

        manifest.Add("900201", "urn:uuid:1", "900201.jwt", "900201.pdf", "https://uni.example/s/abc", new DateTimeOffset(2026, 12, 15, 10, 0, 0, TimeSpan.FromHours(2)));
        manifest.Add("9;02", "urn:uuid:2", "credential.jwt", null, null, null);

        manifest.ToString().Should().Be(
            "student_number;credential_id;credential_file;pdf_file;share_link;link_expiry\r\n" +
            "900201;urn:uuid:1;900201.jwt;900201.pdf;https://uni.example/s/abc;2026-12-15T08:00:00.000Z\r\n" +
            "\"9;02\";urn:uuid:2;credential.jwt;;;\r\n");
    }
}
