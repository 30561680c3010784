namespace Credentials.Storage.Connections;

/// <summary>A classified connection string: which provider, and the provider's own connection string.</summary>
internal sealed record ConnectionTarget(StorageProvider Provider, string ConnectionString);
