using System.Buffers.Text;
using System.IO.Compression;
using Credentials.Model.Status;

namespace Credentials.Storage.Tests.Status;

public sealed class BitstringStatusListTests
{
    // Bitstring Status List v1.0, the encodedList of the examples: 131,072 clear bits.
    private const string SpecExample = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    [Fact]
    public void Encode_AllZeroMinimumList_EqualsTheSpecExample()
    {
        var list = new BitstringStatusList();

        var encoded = list.Encode();

        encoded.Should().Be(SpecExample);
    }

    [Fact]
    public void Decode_SpecExample_Gives131072ClearBits()
    {
        var result = BitstringStatusList.Decode(SpecExample);

        result.Success.Should().BeTrue(result.Message);
        result.Error.Should().Be(BitstringDecodeError.None);
        result.List!.Length.Should().Be(131_072);
        result.List.CountSet().Should().Be(0);
    }

    [Fact]
    public void Encode_ListWithBitsSet_RoundTrips()
    {
        var list = new BitstringStatusList();
        var random = new Random(20260601);
        var set = new HashSet<int> { 0, 1, 7, 8, 94567, 131_071 };
        while (set.Count < 1000)
        {
            set.Add(random.Next(list.Length));
        }

        foreach (var index in set)
        {
            list.Set(index, true);
        }

        var decoded = BitstringStatusList.Decode(list.Encode());

        decoded.Success.Should().BeTrue(decoded.Message);
        decoded.List!.CountSet().Should().Be(1000);
        decoded.List.AsSpan().ToArray().Should().Equal(list.AsSpan().ToArray());
        set.Should().OnlyContain(i => decoded.List.Get(i));
        decoded.List.Get(2).Should().Be(set.Contains(2));
    }

    [Fact]
    public void Set_Bit0AndBit15_AreTheMostAndLeastSignificantBitsOfTheirBytes()
    {
        var list = new BitstringStatusList();

        list.Set(0, true);
        list.Set(15, true);

        list.AsSpan()[0].Should().Be(0x80);
        list.AsSpan()[1].Should().Be(0x01);
        list.Get(0).Should().BeTrue();
        list.Get(1).Should().BeFalse();
        list.Set(0, false);
        list.AsSpan()[0].Should().Be(0);
    }

    [Fact]
    public void Encode_SameList_IsDeterministic()
    {
        var a = new BitstringStatusList();
        var b = new BitstringStatusList();
        a.Set(4242, true);
        b.Set(4242, true);

        a.Encode().Should().Be(b.Encode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")]
    [InlineData("zH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")]
    [InlineData("UH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")]
    public void Decode_WithoutMultibasePrefixU_ReportsMissingPrefix(string? value)
    {
        var result = BitstringStatusList.Decode(value);

        result.Success.Should().BeFalse();
        result.Error.Should().Be(BitstringDecodeError.MissingMultibasePrefix);
        result.Message.Should().Contain("'u'");
    }

    [Theory]
    [InlineData(SpecExample + "=")]
    [InlineData("uH4sIAAAAAAAAA+3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")]
    [InlineData("uH4sIAAAAAAAAA/3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")]
    [InlineData("uH4sIAAAAAAAAA-3BMQEAAADC oPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")]
    [InlineData("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAAA")]
    [InlineData("uH4sI\u00e4AAAAAAAA")]
    [InlineData("u")]
    public void Decode_NotUnpaddedBase64Url_ReportsInvalidBase64Url(string value)
    {
        var result = BitstringStatusList.Decode(value);

        result.Success.Should().BeFalse();
        result.Error.Should().BeOneOf(BitstringDecodeError.InvalidBase64Url, BitstringDecodeError.NotGzip);
        if (value != "u")
        {
            result.Error.Should().Be(BitstringDecodeError.InvalidBase64Url);
        }
    }

    [Fact]
    public void Decode_PlainBytes_ReportsNotGzip()
    {
        var plain = "u" + Base64Url.EncodeToString(new byte[16384]);

        var result = BitstringStatusList.Decode(plain);

        result.Error.Should().Be(BitstringDecodeError.NotGzip);
    }

    [Fact]
    public void Decode_ZlibInsteadOfGzip_ReportsNotGzip()
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(new byte[16384]);
        }

        var result = BitstringStatusList.Decode("u" + Base64Url.EncodeToString(buffer.ToArray()));

        result.Error.Should().Be(BitstringDecodeError.NotGzip);
    }

    [Fact]
    public void Decode_CorruptDeflateData_ReportsCorruptGzip()
    {
        var bytes = Base64Url.DecodeFromChars(SpecExample.AsSpan(1));
        bytes[10] ^= 0xFF;
        bytes[11] ^= 0xFF;

        var result = BitstringStatusList.Decode("u" + Base64Url.EncodeToString(bytes));

        result.Success.Should().BeFalse();
        result.Error.Should().BeOneOf(BitstringDecodeError.CorruptGzip, BitstringDecodeError.TooShort);
    }

    [Fact]
    public void Decode_TruncatedGzip_IsRejected()
    {
        var bytes = Base64Url.DecodeFromChars(SpecExample.AsSpan(1));

        var result = BitstringStatusList.Decode("u" + Base64Url.EncodeToString(bytes.AsSpan(0, bytes.Length - 12)));

        result.Success.Should().BeFalse();
        result.Error.Should().BeOneOf(BitstringDecodeError.CorruptGzip, BitstringDecodeError.TooShort);
    }

    [Fact]
    public void Decode_GzipBomb_ReportsTooLargeWithoutInflatingIt()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(zeros);
            }
        }

        var encoded = "u" + Base64Url.EncodeToString(buffer.ToArray());

        var result = BitstringStatusList.Decode(encoded);

        encoded.Length.Should().BeLessThan(200_000, "64 MiB of zeros compress to a few tens of KiB");
        result.Error.Should().Be(BitstringDecodeError.TooLarge);
        result.Message.Should().Contain("16777216");
    }

    [Fact]
    public void Decode_ListAboveCallerLimit_ReportsTooLarge()
    {
        var list = new BitstringStatusList(BitstringStatusList.MinimumLength * 2);

        var result = BitstringStatusList.Decode(list.Encode(), maxDecodedBytes: 16 * 1024);

        result.Error.Should().Be(BitstringDecodeError.TooLarge);
    }

    [Fact]
    public void Decode_EncodedTextFarAboveLimit_IsRefusedBeforeDecoding()
    {
        var huge = "u" + new string('A', 30_000_000);

        var result = BitstringStatusList.Decode(huge);

        result.Error.Should().Be(BitstringDecodeError.TooLarge);
    }

    [Fact]
    public void Decode_ListShorterThanMinimum_ReportsTooShortUnlessAllowed()
    {
        var small = new BitstringStatusList(64);
        small.Set(3, true);

        var strict = BitstringStatusList.Decode(small.Encode());
        var lenient = BitstringStatusList.Decode(small.Encode(), minimumLength: 8);

        strict.Error.Should().Be(BitstringDecodeError.TooShort);
        lenient.Success.Should().BeTrue();
        lenient.List!.Get(3).Should().BeTrue();
    }

    [Fact]
    public void Decode_EmptyGzip_ReportsTooShort()
    {
        // RFC 1952 member of an empty input: header, an empty final fixed-Huffman block, CRC-32 0, ISIZE 0.
        var empty = Convert.FromHexString("1F8B08000000000000030300" + "00000000" + "00000000");

        var result = BitstringStatusList.Decode("u" + Base64Url.EncodeToString(empty));

        result.Error.Should().Be(BitstringDecodeError.TooShort);
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(-1, 8)]
    [InlineData(1024, 0)]
    public void Decode_NonPositiveLimit_Throws(int maxDecodedBytes, int minimumLength)
    {
        var act = () => BitstringStatusList.Decode(SpecExample, maxDecodedBytes, minimumLength);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(131_072)]
    [InlineData(int.MaxValue)]
    public void GetAndSet_IndexOutsideList_Throw(int index)
    {
        var list = new BitstringStatusList();

        var get = () => list.Get(index);
        var set = () => list.Set(index, true);

        get.Should().Throw<ArgumentOutOfRangeException>();
        set.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(131_072L)]
    [InlineData(long.MaxValue)]
    public void TryGet_IndexOutsideList_ReturnsFalse(long index)
    {
        var list = new BitstringStatusList();

        list.TryGet(index, out var value).Should().BeFalse();
        value.Should().BeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-8)]
    [InlineData(12)]
    public void Constructor_LengthNotPositiveMultipleOf8_Throws(int length)
    {
        var act = () => new BitstringStatusList(length);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void StatusPurposeNames_RoundTripAndRejectOthers()
    {
        StatusPurposeNames.TryParse("revocation", out var revocation).Should().BeTrue();
        StatusPurposeNames.TryParse("suspension", out var suspension).Should().BeTrue();

        revocation.ToName().Should().Be("revocation");
        suspension.ToName().Should().Be("suspension");
        StatusPurposeNames.TryParse("Revocation", out _).Should().BeFalse();
        StatusPurposeNames.TryParse("message", out _).Should().BeFalse();
        StatusPurposeNames.TryParse(null, out _).Should().BeFalse();
    }
}
