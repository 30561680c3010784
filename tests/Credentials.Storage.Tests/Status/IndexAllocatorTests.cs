using Credentials.Model.Status;
using Credentials.Storage.Status;

namespace Credentials.Storage.Tests.Status;

public sealed class IndexAllocatorTests
{
    [Fact]
    public void Allocate_WholeList_HandsOutEveryIndexOnce()
    {
        var allocated = new BitstringStatusList(256);

        var first = IndexAllocator.Allocate(allocated, 100);
        var second = IndexAllocator.Allocate(allocated, 200);

        first.Concat(second).Should().BeEquivalentTo(Enumerable.Range(0, 256));
        second.Should().HaveCount(156, "only the free indexes remain");
        allocated.CountSet().Should().Be(256);
        IndexAllocator.Allocate(allocated, 1).Should().BeEmpty();
    }

    [Fact]
    public void Allocate_NearlyFullList_PicksOnlyFreeIndexes()
    {
        var allocated = new BitstringStatusList(1024);
        for (var i = 0; i < 1000; i++)
        {
            allocated.Set(i, true);
        }

        var picked = IndexAllocator.Allocate(allocated, 10);

        picked.Should().OnlyHaveUniqueItems().And.OnlyContain(i => i >= 1000 && i < 1024);
    }

    [Fact]
    public void Allocate_ManyRuns_SpreadsOverTheWholeList()
    {
        var hits = new int[8];
        for (var run = 0; run < 200; run++)
        {
            var allocated = new BitstringStatusList(BitstringStatusList.MinimumLength);
            foreach (var index in IndexAllocator.Allocate(allocated, 10))
            {
                hits[index / (BitstringStatusList.MinimumLength / 8)]++;
            }
        }

        hits.Should().OnlyContain(h => h > 150 && h < 350, "2,000 uniform draws put about 250 in each eighth");
    }
}
