namespace Credentials.TestKit.Fuzzing;

/// <summary>One input the fuzzer starts from: a sample file or a fixture, as the bytes a user would hand in.</summary>
/// <param name="Name">The file name, or a fixture name.</param>
/// <param name="Bytes">The input.</param>
/// <param name="IsPresentation">Whether it is a verifiable presentation (routed to the presentation verifier).</param>
public sealed record FuzzSeed(string Name, byte[] Bytes, bool IsPresentation)
{
    /// <summary>The name, so theory cases read as the sample they mutate.</summary>
    public override string ToString() => Name;
}
