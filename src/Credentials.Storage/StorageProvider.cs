namespace Credentials.Storage;

/// <summary>The database behind a <see cref="RegistryStorage"/>.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file (WAL mode): the default.</summary>
    Sqlite = 1,

    /// <summary>PostgreSQL, for several service instances sharing one registry.</summary>
    PostgreSql = 2,
}
