using System.Text;
using Microsoft.Data.Sqlite;

namespace Credentials.Storage.Dialects;

/// <summary>
/// Writes many rows through one prepared statement. Measured here: a prepared single-row statement re-executed per row
/// beats multi-row VALUES lists, because SQLite looks parameters up by name with a linear search, which makes a
/// statement with hundreds of parameters quadratic to bind. <see cref="RowsPerStatement"/> stays adjustable for that
/// trade-off.
/// </summary>
internal static class SqliteBatchCommand
{
    public const int RowsPerStatement = 1;

    /// <summary>
    /// Runs <paramref name="head"/> + a row list + <paramref name="tail"/> for every slice of <paramref name="rows"/>.
    /// Each row is <c>($p0_N, $p1_N, …)</c> with <paramref name="columns"/> parameters bound by <paramref name="bind"/>.
    /// </summary>
    public static void Execute<T>(
        SqliteConnection connection,
        SqliteTransaction transaction,
        int commandTimeoutSeconds,
        string head,
        string tail,
        int columns,
        IReadOnlyList<T> rows,
        Action<T, object?[]> bind,
        CancellationToken cancellationToken)
    {
        SqliteCommand? full = null;
        try
        {
            var values = new object?[columns];
            for (var start = 0; start < rows.Count; start += RowsPerStatement)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(RowsPerStatement, rows.Count - start);
                var command = count == RowsPerStatement
                    ? full ??= Create(connection, transaction, commandTimeoutSeconds, head, tail, columns, count)
                    : Create(connection, transaction, commandTimeoutSeconds, head, tail, columns, count);
                try
                {
                    for (var r = 0; r < count; r++)
                    {
                        bind(rows[start + r], values);
                        for (var c = 0; c < columns; c++)
                        {
                            command.Parameters[(r * columns) + c].Value = values[c] ?? DBNull.Value;
                        }
                    }

                    command.ExecuteNonQuery();
                }
                finally
                {
                    if (!ReferenceEquals(command, full))
                    {
                        command.Dispose();
                    }
                }
            }
        }
        finally
        {
            full?.Dispose();
        }
    }

    private static SqliteCommand Create(
        SqliteConnection connection,
        SqliteTransaction transaction,
        int commandTimeoutSeconds,
        string head,
        string tail,
        int columns,
        int count)
    {
        var sql = new StringBuilder(head);
        var command = connection.CreateCommand();
        for (var r = 0; r < count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                var name = $"$p{c}_{r}";
                sql.Append(c == 0 ? name : ", " + name);
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            sql.Append(')');
        }

        sql.Append(tail);
        command.CommandText = sql.ToString();
        command.Transaction = transaction;
        command.CommandTimeout = commandTimeoutSeconds;
        command.Prepare();
        return command;
    }
}
