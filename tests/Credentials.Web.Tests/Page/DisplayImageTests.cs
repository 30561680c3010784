using Credentials.TestKit;
using Credentials.Web.Page;

namespace Credentials.Web.Tests.Page;

public sealed class DisplayImageTests
{
    // A 1×1 PNG (signature, IHDR, IDAT, IEND with their CRCs).
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    [Fact]
    public void DataUrl_ValidPng_IsTypedByItsBytes()
    {
        DisplayImage.DataUrl(OnePixelPng).Should().Be("data:image/png;base64," + OnePixelPng);
    }

    [Fact]
    public void DataUrl_PngWithACorruptedChunk_IsRefused()
    {
        var bytes = Convert.FromBase64String(OnePixelPng);
        bytes[40] ^= 0x01;

        DisplayImage.DataUrl(Convert.ToBase64String(bytes)).Should().BeNull();
    }

    [Fact]
    public void DataUrl_OfficialSampleJpeg_IsShown()
    {
        var sample = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryPaths.InTestData("elm", "samples", "Sample-CertOfPart-unsigned.jsonld")))!;
        var content = sample["displayParameter"]!["individualDisplay"]!["displayDetail"]!["image"]!["content"]!.GetValue<string>();

        DisplayImage.DataUrl(content).Should().StartWith("data:image/jpeg;base64,/9j/");
    }

    [Theory]
    [InlineData("PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=")]
    [InlineData("R0lGODlhAQABAAAAACw=")]
    [InlineData("not base64 at all!")]
    [InlineData("")]
    public void DataUrl_NotAPngOrJpeg_IsRefused(string content)
    {
        DisplayImage.DataUrl(content).Should().BeNull();
    }

    [Fact]
    public void DataUrl_OverTheSizeLimit_IsRefused()
    {
        var big = new byte[DisplayImage.MaxBytes + 1];
        big[0] = 0xFF;
        big[1] = 0xD8;
        big[^2] = 0xFF;
        big[^1] = 0xD9;

        DisplayImage.DataUrl(Convert.ToBase64String(big)).Should().BeNull();
    }
}
