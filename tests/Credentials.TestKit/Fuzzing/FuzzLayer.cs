namespace Credentials.TestKit.Fuzzing;

/// <summary>
/// One readable level of an input that a mutation may change: the input itself, a compact JWS's decoded header or
/// payload, a base64url segment, or JSON text inside a JSON string (a JAdES payload, an embedded VC-JWT).
/// </summary>
/// <param name="Where">Where the layer sits, e.g. <c>input</c>, <c>input.payload</c>, <c>input.payload/vp/verifiableCredential/0.header</c>.</param>
/// <param name="Bytes">The layer's bytes.</param>
/// <param name="IsJson">Whether the bytes parse as JSON (so value mutations apply).</param>
/// <param name="IsSigned">Whether every change to these bytes changes the signing input of the outer compact JWS.</param>
/// <param name="Rebuild">Puts changed layer bytes back and returns the whole input.</param>
internal sealed record FuzzLayer(string Where, byte[] Bytes, bool IsJson, bool IsSigned, Func<byte[], byte[]> Rebuild);
