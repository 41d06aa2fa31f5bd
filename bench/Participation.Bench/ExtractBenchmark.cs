using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Npgsql;

/// <summary>
/// Analysts' extracts: the host streaming a CSV of the voice read model over HTTP against PostgreSQL's own
/// <c>COPY (SELECT …) TO STDOUT</c> of the same rows and columns as CSV, read by Npgsql, in the same run; then the
/// host's peak memory after an extract of <c>small</c> rows and after one of <c>large</c> rows.
/// </summary>
internal static class ExtractBenchmark
{
    private const string RawCopy =
        """
        COPY (SELECT given_on, source, service_area, audience, array_to_string(cohorts, ';'), channel, array_to_string(themes, ';'),
                     themes_confirmed, rating, outcome, provider_id
              FROM reporting.voices ORDER BY given_on, id) TO STDOUT (FORMAT csv, HEADER)
        """;

    public static async Task RunAsync(IReadOnlyDictionary<string, int> options)
    {
        var rows = options.GetValueOrDefault("rows", 1_000_000);
        var small = options.GetValueOrDefault("small", 100_000);
        var large = options.GetValueOrDefault("large", 5_000_000);
        var warmupRounds = options.GetValueOrDefault("warmup", 1);
        var rounds = options.GetValueOrDefault("rounds", 3);

        await using var bench = await BenchHost.StartAsync();
        var token = bench.Token("Analyst");

        // Memory first, on a host that has served nothing large yet: its peak after the small extract is the reference.
        await FillAsync(bench, small);
        await HostExtractAsync(bench, token);
        var smallPeak = PeakMegabytes(bench.HostProcessId);
        Console.WriteLine($"{small:N0} rows: host peak {smallPeak:N0} MB");

        await FillAsync(bench, rows);
        var hostRates = new List<double>();
        var rawRates = new List<double>();
        for (var round = 1 - warmupRounds; round <= rounds; round++)
        {
            var (hostSeconds, hostBytes) = await HostExtractAsync(bench, token);
            var (rawSeconds, rawBytes) = await RawCopyAsync(bench.ConnectionString);
            Console.WriteLine($"{(round <= 0 ? "warm-up" : $"round {round}")}: host {rows / hostSeconds:N0} rows/s ({hostBytes / 1e6:N0} MB), raw COPY {rows / rawSeconds:N0} rows/s ({rawBytes / 1e6:N0} MB)");
            if (round > 0)
            {
                hostRates.Add(rows / hostSeconds);
                rawRates.Add(rows / rawSeconds);
            }
        }

        await FillAsync(bench, large);
        await HostExtractAsync(bench, token);
        var largePeak = PeakMegabytes(bench.HostProcessId);
        Console.WriteLine($"{large:N0} rows: host peak {largePeak:N0} MB");

        var host = Statistics.Median(hostRates);
        var raw = Statistics.Median(rawRates);
        Console.WriteLine();
        Console.WriteLine($"cores: {Environment.ProcessorCount}; medians of {rounds} rounds after {warmupRounds} warm-up");
        Console.WriteLine("| measure | host | raw COPY | ratio | target |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| rows a second, {rows:N0} rows (CSV) | {host:N0} | {raw:N0} | {host / raw:0.00}× | at least 0.5× |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| host peak memory, {large:N0} against {small:N0} rows | {largePeak:N0} MB | {smallPeak:N0} MB | {largePeak / smallPeak:0.00}× | at most 1.2× |"));
    }

    /// <summary>Adds voices until the read model holds <paramref name="total"/>, spread over three years and every source.</summary>
    private static async Task FillAsync(BenchHost bench, int total)
    {
        await bench.ExecuteAsync(
            $"""
            INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, recorded_at)
            SELECT gen_random_uuid(), (ARRAY['partner-feedback', 'complaint', 'compliment'])[1 + n % 3], DATE '2023-01-01' + (n % 1095)::int,
                   (ARRAY['camhs', 'fostering', 'schools', 'children-in-care'])[1 + n % 4], 'child-or-young-person',
                   ARRAY['looked-after-children', 'send'], 'app', ARRAY['being-listened-to', 'placement-stability'], n % 2 = 0,
                   1 + n % 5, NULL, gen_random_uuid(), now()
            FROM generate_series((SELECT count(*) FROM reporting.voices) + 1, {total}) AS n
            """);
        await bench.ExecuteAsync("VACUUM ANALYZE reporting.voices");
    }

    private static async Task<(double Seconds, long Bytes)> HostExtractAsync(BenchHost bench, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports/voices/extract");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clock = Stopwatch.StartNew();
        using var response = await bench.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var bytes = await DrainAsync(body);
        return (clock.Elapsed.TotalSeconds, bytes);
    }

    private static async Task<(double Seconds, long Bytes)> RawCopyAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        using var copy = await connection.BeginTextExportAsync(RawCopy);
        var buffer = new char[32 * 1024];
        long characters = 0;
        int read;
        while ((read = await copy.ReadAsync(buffer)) > 0)
        {
            characters += read;
        }

        return (clock.Elapsed.TotalSeconds, characters);
    }

    private static async Task<long> DrainAsync(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>The host's peak resident memory since it started (VmHWM), in MB.</summary>
    private static double PeakMegabytes(int processId) =>
        File.ReadLines($"/proc/{processId}/status")
            .Where(line => line.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(line => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024)
            .Single();
}
