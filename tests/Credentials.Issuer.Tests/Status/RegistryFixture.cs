using Credentials.Issuer.Issuing;
using Credentials.Issuer.Status;
using Credentials.Model.Registry;
using Credentials.Model.Schema;
using Credentials.Model.Status;
using Credentials.Storage;
using Credentials.TestKit;
using Credentials.Verifier;
using Credentials.Verifier.Reports;
using Credentials.Verifier.Trust;
using Microsoft.Extensions.Time.Testing;

namespace Credentials.Issuer.Tests.Status;

/// <summary>A temporary SQLite registry, an issuer and a verifier that reads the published lists.</summary>
internal sealed class RegistryFixture : IAsyncDisposable
{
    private readonly string _directory;

    private RegistryFixture(string directory, RegistryStorage storage)
    {
        _directory = directory;
        Storage = storage;
        Issuer = new CredentialIssuer(TestKeys.Northern, Time, SchemaValidator.ElmMicroCredential);
        Publisher = new StatusListPublisher(storage.StatusLists, TestKeys.Northern, StatusListUrls.Default, Time);
    }

    public FakeTimeProvider Time { get; } = new(Samples.IssuedAt);

    public RegistryStorage Storage { get; }

    public CredentialIssuer Issuer { get; }

    public StatusListPublisher Publisher { get; }

    public DictionaryStatusListSource Lists { get; } = new();

    public static async Task<RegistryFixture> CreateAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "issuer-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var opened = await RegistryStorage.OpenAsync(Path.Combine(directory, "registry.db"));
        return new RegistryFixture(directory, opened.Storage ?? throw new InvalidOperationException(opened.Error));
    }

    public async Task<IssueResult> IssueAsync(string studentNumber)
    {
        var id = "urn:uuid:" + Guid.NewGuid().ToString("D");
        var outcome = await Storage.Credentials.ReserveAsync(new CredentialReservation(
            id, Issuer.IssuerId, "student:" + studentNumber, "template-1", "vc-jwt", Time.GetUtcNow(), [StatusPurpose.Revocation, StatusPurpose.Suspension]));
        var status = CredentialStatusEntries.Build(outcome.Record.StatusAllocations, StatusListUrls.Default);
        var result = Issuer.Issue(Samples.Northern, SecuringFormat.Jwt, id, credentialStatus: status);
        await Storage.Credentials.CompleteAsync(new CredentialCompletion(id, System.Text.Encoding.UTF8.GetBytes(result.Secured!)));
        return result;
    }

    public async Task<StatusChangeResult> ChangeAsync(string credentialId, StatusAction action)
    {
        var result = await Storage.StatusLists.ChangeStatusAsync(new StatusChangeRequest(credentialId, action, "registrar", "test"));
        Lists.Publish(await Publisher.PublishAllAsync());
        return result;
    }

    public async Task<VerificationReport> VerifyAsync(string token)
    {
        Lists.Publish(await Publisher.PublishAllAsync());
        var verifier = new CredentialVerifier(
            new VerifierOptions { TrustedIssuers = TrustedIssuers.Parse(File.ReadAllText(TestKeys.TrustedIssuersPath)) },
            Time,
            TestKeys.DidDocuments,
            SchemaValidator.ElmMicroCredential,
            Lists);
        return await verifier.VerifyAsync(token);
    }

    public async ValueTask DisposeAsync()
    {
        await Storage.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
