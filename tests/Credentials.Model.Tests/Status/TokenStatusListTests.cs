using Credentials.Model.Status;

namespace Credentials.Model.Tests.Status;

/// <summary>The examples of draft-ietf-oauth-status-list §4.1 (1-bit and 2-bit lists), and our own lists read back.</summary>
public sealed class TokenStatusListTests
{
    [Theory]
    [InlineData("eNrbuRgAAhcBXQ", 1, new byte[] { 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1 })]
    [InlineData("eNo76fITAAPfAgc", 2, new byte[] { 1, 2, 0, 3, 0, 1, 0, 1, 1, 2, 3, 3 })]
    public void TryDecode_SpecExample_GivesItsStatuses(string lst, int bits, byte[] expected)
    {
        var list = TokenStatusList.TryDecode(lst, bits, out var error);

        error.Should().BeNull();
        Enumerable.Range(0, expected.Length).Select(i => list!.TryGet(i, out var s) ? s : (byte)255).Should().Equal(expected);
    }

    [Fact]
    public void Encode_TwoBitList_ReadsBackTheSameStatuses()
    {
        var list = TokenStatusList.Create(1000);
        list.Set(0, TokenStatusList.Invalid);
        list.Set(5, TokenStatusList.Suspended);
        list.Set(999, TokenStatusList.Suspended);

        var read = TokenStatusList.TryDecode(list.Encode(), 2, out _)!;

        read.TryGet(0, out var first).Should().BeTrue();
        first.Should().Be(TokenStatusList.Invalid);
        read.TryGet(5, out var fifth).Should().BeTrue();
        fifth.Should().Be(TokenStatusList.Suspended);
        read.TryGet(999, out var last).Should().BeTrue();
        last.Should().Be(TokenStatusList.Suspended);
        read.TryGet(1, out var valid).Should().BeTrue();
        valid.Should().Be(TokenStatusList.Valid);
        read.TryGet(1000, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("not*base64", 2)]
    [InlineData("AAAA", 2)]
    [InlineData("eNrbuRgAAhcBXQ", 3)]
    public void TryDecode_Damaged_SaysWhy(string lst, int bits)
    {
        TokenStatusList.TryDecode(lst, bits, out var error).Should().BeNull();

        error.Should().NotBeNullOrEmpty();
    }
}
