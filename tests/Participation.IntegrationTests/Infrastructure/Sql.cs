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

    private static async Task<NpgsqlConnection> OpenAsync(ParticipationApiFactory api)
    {
        var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
