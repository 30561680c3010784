using System.Buffers.Text;
using Credentials.Proofs.Jws;
using Microsoft.IdentityModel.Tokens;
using NSec.Cryptography;

namespace Credentials.Proofs.Keys;

/// <summary>An Ed25519 key held by NSec.</summary>
internal sealed class Ed25519SigningKey : SigningKey
{
    private readonly Key _key;
    private readonly byte[] _public;

    private Ed25519SigningKey(Key key)
    {
        _key = key;
        _public = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        PublicJwk = new Jwk { Kty = "OKP", Crv = "Ed25519", X = Base64Url.EncodeToString(_public) };
    }

    public override KeyType Type => KeyType.Ed25519;

    public override string Algorithm => JwsAlgorithms.EdDsa;

    public override Jwk PublicJwk { get; }

    public override Jwk PrivateJwk => PublicJwk with { D = Base64Url.EncodeToString(_key.Export(KeyBlobFormat.RawPrivateKey)) };

    // Multicodec ed25519-pub is 0xed, varint-encoded as 0xed 0x01.
    public override byte[] MulticodecPublicKey => [0xed, 0x01, .. _public];

    public static Ed25519SigningKey Generate() => new(Key.Create(SignatureAlgorithm.Ed25519, Exportable()));

    public static Ed25519SigningKey FromJwk(Jwk jwk) =>
        FromSeed(Base64Url.DecodeFromChars(jwk.D));

    public static Ed25519SigningKey FromSeed(ReadOnlySpan<byte> seed) =>
        new(Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey, Exportable()));

    public static Ed25519SigningKey FromPem(ReadOnlySpan<byte> pem) =>
        new(Key.Import(SignatureAlgorithm.Ed25519, pem, KeyBlobFormat.PkixPrivateKeyText, Exportable()));

    public override byte[] Sign(ReadOnlySpan<byte> data) => SignatureAlgorithm.Ed25519.Sign(_key, data);

    public override string ExportPrivatePem() => System.Text.Encoding.ASCII.GetString(_key.Export(KeyBlobFormat.PkixPrivateKeyText));

    public override string ExportPublicPem() => System.Text.Encoding.ASCII.GetString(_key.PublicKey.Export(KeyBlobFormat.PkixPublicKeyText));

    public override SecurityKey ToSecurityKey(string keyId) => new EdDsaSecurityKey(_key.PublicKey, this) { KeyId = keyId };

    private static KeyCreationParameters Exportable() => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _key.Dispose();
        }

        base.Dispose(disposing);
    }
}
