using Credentials.Proofs.Keys;

namespace Credentials.Proofs.Tests.Keys;

public sealed class KeyDirectoryTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cred-keys-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(KeyType.Ed25519, null)]
    [InlineData(KeyType.P256, "uni.example")]
    public void Load_WrittenDirectory_GivesSameIssuerAndKey(KeyType type, string? host)
    {
        using var key = SigningKey.Generate(type);
        var issuer = KeyDirectory.Identify(key, host);

        KeyDirectory.Write(_dir, issuer);
        var loaded = KeyDirectory.Load(_dir);

        loaded.Did.Should().Be(issuer.Did);
        loaded.KeyId.Should().Be(issuer.KeyId);
        loaded.Key.PublicJwk.Should().Be(key.PublicJwk);
        File.ReadAllText(Path.Combine(_dir, "private.pem")).Should().Contain("PRIVATE KEY");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(Path.Combine(_dir, KeyDirectory.PrivateJwkFile)).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void Write_ExistingPrivateKey_IsNotOverwritten()
    {
        using var key = SigningKey.Generate(KeyType.Ed25519);
        KeyDirectory.Write(_dir, KeyDirectory.Identify(key, null));

        var again = () => KeyDirectory.Write(_dir, KeyDirectory.Identify(key, null));

        again.Should().Throw<IOException>();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}")]
    [InlineData("{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}")]
    [InlineData("not json")]
    public void Load_NotAPrivateKey_ThrowsFormatException(string content)
    {
        Directory.CreateDirectory(_dir);
        var file = Path.Combine(_dir, "k.json");
        File.WriteAllText(file, content);

        var load = () => KeyDirectory.Load(file);

        load.Should().Throw<FormatException>();
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }
}
