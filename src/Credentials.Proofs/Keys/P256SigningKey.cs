using System.Buffers.Text;
using System.Security.Cryptography;
using Credentials.Proofs.Jws;
using Microsoft.IdentityModel.Tokens;

namespace Credentials.Proofs.Keys;

/// <summary>A NIST P-256 key held by System.Security.Cryptography.</summary>
internal sealed class P256SigningKey : SigningKey
{
    private readonly ECDsa _key;

    private P256SigningKey(ECDsa key)
    {
        _key = key;
        var p = key.ExportParameters(false);
        PublicJwk = new Jwk
        {
            Kty = "EC",
            Crv = "P-256",
            X = Base64Url.EncodeToString(p.Q.X),
            Y = Base64Url.EncodeToString(p.Q.Y),
        };
    }

    public override KeyType Type => KeyType.P256;

    public override string Algorithm => JwsAlgorithms.Es256;

    public override Jwk PublicJwk { get; }

    public override Jwk PrivateJwk => PublicJwk with { D = Base64Url.EncodeToString(_key.ExportParameters(true).D) };

    // Multicodec p256-pub is 0x1200 (varint 0x80 0x24) over the SEC1 compressed point.
    public override byte[] MulticodecPublicKey
    {
        get
        {
            var p = _key.ExportParameters(false);
            var prefix = (byte)((p.Q.Y![^1] & 1) == 0 ? 0x02 : 0x03);
            return [0x80, 0x24, prefix, .. p.Q.X!];
        }
    }

    public static P256SigningKey Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public static P256SigningKey FromJwk(Jwk jwk)
    {
        var parameters = new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.X), Y = Base64Url.DecodeFromChars(jwk.Y) },
            D = Base64Url.DecodeFromChars(jwk.D),
        };
        return new P256SigningKey(ECDsa.Create(parameters));
    }

    public static P256SigningKey FromPem(string pem)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new ArgumentException("the EC key is not on P-256", nameof(pem));
        }

        return new P256SigningKey(key);
    }

    public override byte[] Sign(ReadOnlySpan<byte> data) =>
        _key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public override string ExportPrivatePem() => _key.ExportPkcs8PrivateKeyPem();

    public override string ExportPublicPem() => _key.ExportSubjectPublicKeyInfoPem();

    public override SecurityKey ToSecurityKey(string keyId) => new ECDsaSecurityKey(_key) { KeyId = keyId };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _key.Dispose();
        }

        base.Dispose(disposing);
    }
}
