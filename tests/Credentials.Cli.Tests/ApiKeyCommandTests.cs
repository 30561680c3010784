namespace Credentials.Cli.Tests;

public sealed class ApiKeyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("credentials-apikey-").FullName;

    private string Db => Path.Combine(_dir, "registry.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Create_PrintsTheKeyOnce_AndListNeverShowsIt()
    {
        var created = CliRunner.Run("apikey", "create", "--name", "Peppi export", "--issuer", "did:web:uni.example", "--db", Db);

        created.ExitCode.Should().Be(0, created.Error);
        var secret = created.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Trim();
        secret.Should().MatchRegex("^cred_[A-Za-z0-9_-]{43}$");

        var list = CliRunner.Run("apikey", "list", "--db", Db);
        list.ExitCode.Should().Be(0);
        list.Output.Should().Contain("Peppi export").And.Contain("did:web:uni.example").And.Contain("active");
        list.Output.Should().NotContain(secret);
        File.ReadAllBytes(Db).AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)).Should().Be(-1, "only the hash is stored");
    }

    [Fact]
    public void Revoke_MarksTheKey_AndASecondRevokeFails()
    {
        var created = CliRunner.Run("apikey", "create", "--name", "n", "--issuer", "did:key:z6Mk", "--db", Db);
        var id = created.Output.Split(' ')[2];

        CliRunner.Run("apikey", "revoke", "--id", id, "--db", Db).ExitCode.Should().Be(0);
        var again = CliRunner.Run("apikey", "revoke", "--id", id, "--db", Db);

        again.ExitCode.Should().Be(3);
        again.Error.Should().Contain("no active API key");
        CliRunner.Run("apikey", "list", "--db", Db).Output.Should().Contain("revoked");
    }

    [Theory]
    [InlineData("", "did:web:uni.example")]
    [InlineData("name", "not-a-did")]
    public void Create_BadNameOrIssuer_IsAUsageError(string name, string issuer)
    {
        var result = CliRunner.Run("apikey", "create", "--name", name, "--issuer", issuer, "--db", Db);

        result.ExitCode.Should().Be(3);
        result.Error.Should().StartWith("credentials: ");
        File.Exists(Db).Should().BeFalse("nothing is written for refused input");
    }
}
