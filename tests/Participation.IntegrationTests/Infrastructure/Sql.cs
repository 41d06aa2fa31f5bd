using Npgsql;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>SQL straight against a test host's database: to arrange rows a test reads, and to check what was stored.</summary>
public static class Sql
{
    /// <summary>The first column of the first row, with <paramref name="parameters"/> as $1, $2, ….</summary>
    public static async Task<object?> ScalarAsync(this ParticipationApiFactory api, string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync(api);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync();
    }

    /// <summary>Runs statements that return nothing.</summary>
    public static async Task ExecuteAsync(this ParticipationApiFactory api, string sql)
    {
        await using var connection = await OpenAsync(api);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Polls <paramref name="countSql"/> until it counts a row or <paramref name="orElse"/> holds, for up to ten seconds;
    /// fails with <paramref name="never"/>. For a test to know another session has reached a wait, not guess how long it takes.
    /// </summary>
    public static async Task UntilCountedAsync(this ParticipationApiFactory api, string countSql, string never, Func<bool>? orElse = null)
    {
        async Task<bool> Reached() => orElse?.Invoke() == true || (long)(await api.ScalarAsync(countSql))! > 0;
        for (var attempt = 0; attempt < 500 && !await Reached(); attempt++)
        {
            await Task.Delay(20);
        }

        Assert.True(await Reached(), never);
    }

    /// <summary>Runs statements as the schema owner: creating and dropping triggers is not the application role's right.</summary>
    public static async Task OwnerExecuteAsync(this ParticipationApiFactory api, string sql)
    {
        await using var connection = new NpgsqlConnection(api.OwnerConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A digest of every row of every table but <paramref name="except"/> (schema or schema.table), one line a table,
    /// read as the schema owner: equal digests mean nothing was written.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> TableDigestsAsync(this ParticipationApiFactory api, params string[] except)
    {
        await using var connection = new NpgsqlConnection(api.OwnerConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT table_schema || '.' || table_name,
                   md5(query_to_xml(format('SELECT * FROM %I.%I', table_schema, table_name), true, false, '')::text)
            FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
              AND table_schema <> ALL($1) AND table_schema || '.' || table_name <> ALL($1)
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = except });
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            digests[reader.GetString(0)] = reader.GetString(1);
        }

        return digests;
    }

    /// <summary>The schema owner's connection string, where the host connects as the application role; else the host's own.</summary>
    public static string OwnerConnectionString(this ParticipationApiFactory api) =>
        PostgresServer.OwnerOf(api.ConnectionString) ?? api.ConnectionString;

    private static async Task<NpgsqlConnection> OpenAsync(ParticipationApiFactory api)
    {
        var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
