using Microsoft.Data.Sqlite;
using Npgsql;

namespace Credentials.Storage.Connections;

/// <summary>
/// Chooses the provider from the connection string: <c>Host=…</c> or a <c>postgres://</c> / <c>postgresql://</c> URL
/// selects PostgreSQL; anything else is a SQLite connection string or a plain file path.
/// </summary>
internal static class ConnectionStringClassifier
{
    public static bool TryClassify(string? value, out ConnectionTarget? target, out string? error)
    {
        target = null;
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = "The storage connection string is empty.";
            return false;
        }

        var text = value.Trim();
        try
        {
            if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            {
                target = new ConnectionTarget(StorageProvider.PostgreSql, FromUrl(text));
                return true;
            }

            if (HasKeyword(text, "Host") || HasKeyword(text, "Server"))
            {
                var builder = new NpgsqlConnectionStringBuilder(text);
                target = new ConnectionTarget(StorageProvider.PostgreSql, builder.ConnectionString);
                return true;
            }

            target = new ConnectionTarget(StorageProvider.Sqlite, ToSqlite(text));
            return true;
        }
        catch (ArgumentException ex)
        {
            error = "The storage connection string is not valid: " + ex.Message;
            return false;
        }
        catch (FormatException ex)
        {
            error = "The storage connection string is not valid: " + ex.Message;
            return false;
        }
    }

    private static bool HasKeyword(string text, string keyword)
    {
        foreach (var part in text.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part[..eq].Trim().Equals(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string ToSqlite(string text)
    {
        var builder = text.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(text)
            : new SqliteConnectionStringBuilder { DataSource = text };
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("no SQLite file (Data Source) is given.");
        }

        if (builder.Mode is SqliteOpenMode.Memory || builder.DataSource == ":memory:")
        {
            throw new ArgumentException("an in-memory SQLite database would lose the registry; give a file path.");
        }

        builder.ForeignKeys = true;
        builder.Pooling = true;
        return builder.ConnectionString;
    }

    private static string FromUrl(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("the PostgreSQL URL has no host.");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] =
                kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
        }

        return builder.ConnectionString;
    }
}
