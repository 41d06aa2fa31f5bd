using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using System.Text.Json;
using Npgsql;

/// <summary>
/// The raw baseline of the read benchmark: a bare ASP.NET Core server that runs the host's own SQL (as the host's
/// EF Core queries generate it; the run's pg_stat_statements table shows the two sides issue identical statements)
/// through Npgsql and writes the rows it reads as JSON with a <see cref="Utf8JsonWriter"/>. No authentication,
/// mediator, validation, mapping or audit: what PostgreSQL and Kestrel allow for the same query.
/// </summary>
internal static class RawBaseline
{
    public static async Task RunAsync(string[] args)
    {
        var (connectionString, port) = (args[1], args[2]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var dataSource = new NpgsqlDataSourceBuilder(connectionString)
        {
            ConnectionStringBuilder = { MaxAutoPrepare = 64, MaxPoolSize = 30, NoResetOnClose = true },
        }.Build();
        var app = builder.Build();
        app.MapGet("/ready", () => Results.Ok());
        app.MapGet("/themes", (HttpContext http) => WriteRowsAsync(http, dataSource, BaselineSql.Themes, ("take", 51)));
        app.MapGet("/complaints/{id:guid}", (Guid id, HttpContext http) => WriteRowsAsync(http, dataSource, BaselineSql.Complaint, ("id", id)));
        app.MapGet("/complaints", (HttpContext http) => WriteRowsAsync(http, dataSource, BaselineSql.ComplaintPage, ("after", 0L), ("p", 51)));
        app.MapGet("/feedback/{id:guid}", (Guid id, Guid provider, HttpContext http) => WriteRowsAsync(http, dataSource, BaselineSql.FeedbackItem, ("id", id), ("provider", provider)));
        app.MapGet("/feedback", (Guid provider, HttpContext http) => WriteRowsAsync(http, dataSource, BaselineSql.FeedbackPage, ("provider", provider), ("after", 0L), ("p", 51)));
        await app.RunAsync();
    }

    private static async Task WriteRowsAsync(HttpContext http, NpgsqlDataSource dataSource, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartArray();
        while (await reader.ReadAsync(http.RequestAborted))
        {
            json.WriteStartObject();
            for (var column = 0; column < reader.FieldCount; column++)
            {
                json.WritePropertyName(reader.GetName(column));
                WriteValue(json, reader.IsDBNull(column) ? null : reader.GetValue(column));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        await json.FlushAsync(http.RequestAborted);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case Guid id: json.WriteStringValue(id); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case short number: json.WriteNumberValue(number); break;
            case int number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case uint number: json.WriteNumberValue(number); break;
            case DateOnly date: json.WriteStringValue(date.ToString("O", System.Globalization.CultureInfo.InvariantCulture)); break;
            case DateTime instant: json.WriteStringValue(instant); break;
            case DateTimeOffset instant: json.WriteStringValue(instant); break;
            case string[] texts:
                json.WriteStartArray();
                foreach (var text in texts)
                {
                    json.WriteStringValue(text);
                }

                json.WriteEndArray();
                break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
