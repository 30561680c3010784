using Credentials.Model.Registry;

namespace Credentials.Storage.Tests.Registry;

public sealed class IdempotencyKeyTests
{
    [Fact]
    public void ToStorageKey_SameFields_SameKey()
    {
        var a = new IdempotencyKey("tmpl", "012345", new DateOnly(2026, 5, 30));
        var b = new IdempotencyKey("tmpl", " 012345 ", new DateOnly(2026, 5, 30));

        a.ToStorageKey().Should().Be(b.ToStorageKey()).And.MatchRegex("^[0-9a-f]{64}$");
        a.ToStorageKey().Should().NotContain("012345");
    }

    [Fact]
    public void ToStorageKey_AnyFieldDiffers_DifferentKey()
    {
        var baseline = new IdempotencyKey("tmpl", "012345", new DateOnly(2026, 5, 30)).ToStorageKey();

        new IdempotencyKey("tmpl2", "012345", new DateOnly(2026, 5, 30)).ToStorageKey().Should().NotBe(baseline);
        new IdempotencyKey("tmpl", "012346", new DateOnly(2026, 5, 30)).ToStorageKey().Should().NotBe(baseline);
        new IdempotencyKey("tmpl", "012345", new DateOnly(2026, 5, 31)).ToStorageKey().Should().NotBe(baseline);
    }

    [Fact]
    public void ToStorageKey_FieldBoundaryShifted_DifferentKey()
    {
        var a = new IdempotencyKey("ab", "c", new DateOnly(2026, 1, 1)).ToStorageKey();
        var b = new IdempotencyKey("a", "bc", new DateOnly(2026, 1, 1)).ToStorageKey();

        a.Should().NotBe(b);
    }

    [Fact]
    public void ToStorageKey_EmptyStudentNumber_Throws()
    {
        var act = () => new IdempotencyKey("tmpl", "", new DateOnly(2026, 1, 1)).ToStorageKey();

        act.Should().Throw<ArgumentException>();
    }
}
