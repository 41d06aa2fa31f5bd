using System.Data.Common;
using Npgsql;

namespace Participation.Modules.Reporting.Persistence;

/// <summary>Rows of a report's aggregate SQL, read into tuples: the aggregates have no entity to map them to.</summary>
internal static class SqlRows
{
    public static async Task<IReadOnlyList<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }
}
