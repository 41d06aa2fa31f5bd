using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Participation.BuildingBlocks.Infrastructure.Documents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.Modules.Reporting.Voices.ExtractVoices;

namespace Participation.Modules.Reporting.Endpoints;

/// <summary>
/// Writes an extract as rows arrive from PostgreSQL: CSV (RFC 4180) or NDJSON, never more than a buffer of it in
/// memory. The query runs, and bad filters are refused, before anything is sent; the audit entry is committed before
/// the first byte; when the client hangs up the query is cancelled and the rows sent so far are recorded.
/// </summary>
internal sealed class VoiceExtract(IAsyncEnumerable<VoiceRecord> voices, bool ndjson) : IResult
{
    public const string Csv = "text/csv";
    public const string NdJson = "application/x-ndjson";

    // Rows written into the response's buffer between sends: a send per row would be a system call per row.
    private const int RowsPerFlush = 256;

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private static readonly string[] CsvHeader =
        ["given_on", "source", "service_area", "audience", "cohorts", "channel", "themes", "themes_confirmed", "rating", "outcome", "provider_id"];

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var extractId = Guid.CreateVersion7();
        var rowsSent = 0;
        await using var rows = voices.GetAsyncEnumerator(httpContext.RequestAborted);
        var more = await rows.MoveNextAsync();
        await ExtractAudit.StartedAsync(httpContext, extractId);
        try
        {
            httpContext.Response.ContentType = ndjson ? NdJson : $"{Csv}; charset=utf-8; header=present";
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"voices.{(ndjson ? "ndjson" : "csv")}\"";
            await httpContext.Response.StartAsync(httpContext.RequestAborted);
            if (ndjson)
            {
                var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
                var body = httpContext.Response.BodyWriter;
                await using var writer = new Utf8JsonWriter(body);
                for (; more; more = await rows.MoveNextAsync())
                {
                    JsonSerializer.Serialize(writer, rows.Current, json);
                    writer.Flush();
                    writer.Reset();
                    body.Write(NewLine);
                    if (++rowsSent % RowsPerFlush == 0)
                    {
                        await body.FlushAsync(httpContext.RequestAborted);
                    }
                }

                await body.FlushAsync(httpContext.RequestAborted);
            }
            else
            {
                // RFC 4180: CRLF line ends, quoting only where needed, UTF-8 without a byte order mark.
                await using var csv = CsvWriter.Create(httpContext.Response.Body, CsvFiles.Options, leaveOpen: true);
                csv.WriteHeader(CsvHeader);
                await csv.FlushAsync(httpContext.RequestAborted);
                for (; more; more = await rows.MoveNextAsync())
                {
                    WriteCsv(csv, rows.Current);
                    await csv.EndRecordAsync(httpContext.RequestAborted);
                    rowsSent++;
                }

                await csv.FlushAsync(httpContext.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client hung up: the query is cancelled with it, and what it received is recorded below.
        }
        finally
        {
            await ExtractAudit.FinishedAsync(httpContext, extractId, rowsSent);
        }
    }

    private static void WriteCsv(CsvWriter csv, VoiceRecord voice)
    {
        csv.WriteField(voice.GivenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        csv.WriteField(voice.Source);
        csv.WriteField(voice.ServiceArea);
        csv.WriteField(voice.Audience);
        csv.WriteField(string.Join(';', voice.Cohorts));
        csv.WriteField(voice.Channel);
        csv.WriteField(string.Join(';', voice.Themes));
        csv.WriteField(voice.ThemesConfirmed ? "true" : "false");
        csv.WriteField(voice.Rating?.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(voice.Outcome);
        csv.WriteField(voice.ProviderId?.ToString());
    }
}
