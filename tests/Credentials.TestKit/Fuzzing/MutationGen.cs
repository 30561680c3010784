using FsCheck;
using FsCheck.Fluent;

namespace Credentials.TestKit.Fuzzing;

/// <summary>FsCheck generators of mutations.</summary>
public static class MutationGen
{
    /// <summary>
    /// How many mutations each fuzz property tries per seed: 200 by default (CI), more with
    /// <c>CREDENTIALS_FUZZ_CASES</c> (e.g. 5000 for a long local run).
    /// </summary>
    public static int CasesPerSeed { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("CREDENTIALS_FUZZ_CASES"), out var n) && n > 0 ? n : 200;

    /// <summary>Byte-level mutations: flips, truncation, duplicated and deleted segments, inserted bytes.</summary>
    public static Gen<Mutation> Bytes() => Of(MutationKind.FlipBytes, MutationKind.Truncate, MutationKind.DuplicateSegment, MutationKind.DeleteSegment, MutationKind.InsertByte);

    /// <summary>JSON-level mutations: every value replaced by every JSON type and deep nesting, broken strings, removed and repeated members.</summary>
    public static Gen<Mutation> Json() => Of(MutationKind.ReplaceValue, MutationKind.BreakString, MutationKind.RemoveMember, MutationKind.DuplicateMember);

    /// <summary>Any mutation.</summary>
    public static Gen<Mutation> Any() => Of(Enum.GetValues<MutationKind>());

    private static Gen<Mutation> Of(params MutationKind[] kinds)
    {
        var number = Gen.Choose(0, int.MaxValue);
        return from kind in Gen.Elements(kinds)
               from layer in number
               from a in number
               from b in number
               from c in number
               select new Mutation(kind, layer, a, b, c);
    }
}
