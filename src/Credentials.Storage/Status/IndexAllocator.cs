using System.Security.Cryptography;
using Credentials.Model.Status;

namespace Credentials.Storage.Status;

/// <summary>
/// Picks status-list indexes uniformly at random among those not yet handed out, so an index says nothing about
/// when a credential was issued (Bitstring Status List v1.0 §5.2 "Group privacy"; §6.1 recommends random assignment).
/// </summary>
internal static class IndexAllocator
{
    /// <summary>
    /// Marks up to <paramref name="count"/> clear bits of <paramref name="allocated"/> as used and returns their
    /// indexes; fewer when the list runs out.
    /// </summary>
    public static int[] Allocate(BitstringStatusList allocated, int count)
    {
        var length = allocated.Length;
        var free = length - allocated.CountSet();
        var take = Math.Min(count, free);
        var picked = new int[Math.Max(0, take)];
        if (take <= 0)
        {
            return picked;
        }

        if (free - take >= length / 4)
        {
            // At least a quarter of the list stays free throughout, so each rejection-sampling draw succeeds with
            // probability >= 1/4 and no candidate array is needed.
            for (var i = 0; i < take; i++)
            {
                int index;
                do
                {
                    index = RandomNumberGenerator.GetInt32(length);
                }
                while (allocated.Get(index));

                allocated.Set(index, true);
                picked[i] = index;
            }

            return picked;
        }

        // Nearly full: list the free indexes and draw without replacement (a partial Fisher-Yates shuffle).
        var candidates = new int[free];
        var n = 0;
        for (var index = 0; index < length; index++)
        {
            if (!allocated.Get(index))
            {
                candidates[n++] = index;
            }
        }

        for (var i = 0; i < take; i++)
        {
            var j = RandomNumberGenerator.GetInt32(i, free);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
            allocated.Set(candidates[i], true);
            picked[i] = candidates[i];
        }

        return picked;
    }
}
