using Credentials.Proofs.DataIntegrity;
using Credentials.Proofs.Jades;
using Credentials.Proofs.VcJose;
using Credentials.Proofs.VcJwt;

namespace Credentials.Proofs.Formats;

/// <summary>The registered formats, asked in order; the first that recognises an input reads it.</summary>
public sealed class CredentialFormats
{
    /// <summary>Creates a registry of <paramref name="formats"/>; the last should recognise anything left.</summary>
    public CredentialFormats(IReadOnlyList<ICredentialFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        All = formats;
    }

    /// <summary>
    /// JAdES (JSON with payload and signatures), SD-JWT VC (a JWS followed by '~' or typed <c>dc+sd-jwt</c>), VC-JWT 1.1 (compact JWS with a <c>vc</c> claim), VC-JOSE-COSE (any
    /// other compact JWS), Data Integrity (JSON with a proof), unsigned JSON. Register a new format here.
    /// </summary>
    public static CredentialFormats Default { get; } = new([new JadesFormat(), new SdJwt.SdJwtVcFormat(), new VcJwt11Format(), new VcJoseFormat(), new DataIntegrityFormat(), new UnsignedFormat()]);

    /// <summary>The formats in the order they are asked.</summary>
    public IReadOnlyList<ICredentialFormat> All { get; }

    /// <summary>The format that reads <paramref name="input"/>; null when the input could not be read at all.</summary>
    public ICredentialFormat? Find(CredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Problem is null ? All.FirstOrDefault(f => f.Recognizes(input)) : null;
    }
}
