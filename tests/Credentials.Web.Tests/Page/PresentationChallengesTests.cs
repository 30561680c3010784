using Credentials.Web.Page;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Web.Tests.Page;

public sealed class PresentationChallengesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Check_FreshChallenge_IsValidUntilTenMinutesThenExpired()
    {
        var challenges = new PresentationChallenges(_time);
        var challenge = challenges.Issue();

        var fresh = challenges.Check(challenge);
        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var late = challenges.Check(challenge);
        _time.Advance(TimeSpan.FromSeconds(1));
        var expired = challenges.Check(challenge);

        fresh.Should().Be(ChallengeState.Valid);
        late.Should().Be(ChallengeState.Valid);
        expired.Should().Be(ChallengeState.Expired);
        challenges.TryUse(challenge).Should().BeFalse("an expired challenge cannot be used");
    }

    [Fact]
    public void TryUse_Twice_SecondIsRefusedAndTheChallengeIsUsed()
    {
        var challenges = new PresentationChallenges(_time);
        var challenge = challenges.Issue();

        var first = challenges.TryUse(challenge);
        var second = challenges.TryUse(challenge);

        first.Should().BeTrue();
        second.Should().BeFalse();
        challenges.Check(challenge).Should().Be(ChallengeState.Used);
    }

    [Fact]
    public void Check_ChallengeOfAnotherProcessOrChanged_IsUnknown()
    {
        var mine = new PresentationChallenges(_time);
        var other = new PresentationChallenges(_time).Issue();
        var issued = mine.Issue();
        var changed = (issued[0] == 'A' ? "B" : "A") + issued[1..];

        mine.Check(other).Should().Be(ChallengeState.Unknown);
        mine.Check(changed).Should().Be(ChallengeState.Unknown);
        mine.Check("not a challenge").Should().Be(ChallengeState.Unknown);
        mine.Check(null).Should().Be(ChallengeState.Unknown);
        mine.Check(issued).Should().Be(ChallengeState.Valid);
        mine.Issue().Should().NotBe(issued);
    }
}
