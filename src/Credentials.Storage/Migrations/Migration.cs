namespace Credentials.Storage.Migrations;

/// <summary>One embedded SQL file: version <see cref="Version"/> of the schema.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
