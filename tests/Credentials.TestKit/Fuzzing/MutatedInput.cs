namespace Credentials.TestKit.Fuzzing;

/// <summary>A mutated seed.</summary>
/// <param name="Bytes">The input to hand to the verifier.</param>
/// <param name="Description">Seed, layer and mutation, to reproduce a failure.</param>
/// <param name="ChangesSignedBytes">True when the mutation changed bytes that the outer compact JWS signs, so the input must not verify.</param>
public sealed record MutatedInput(byte[] Bytes, string Description, bool ChangesSignedBytes)
{
    /// <summary>The description.</summary>
    public override string ToString() => Description;
}
