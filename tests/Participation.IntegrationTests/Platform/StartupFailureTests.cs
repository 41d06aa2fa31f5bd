using System.Net;
using System.Net.Sockets;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>A host that cannot start says why in one line on standard error and exits non-zero, without a stack trace.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_port_already_taken_stops_the_host_with_one_line_naming_the_port()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, output, errors) = await HostProcess.RunUntilExitAsync(await DatabaseAsync(), "--urls", $"http://127.0.0.1:{port}");

        AssertOneLineFailure(exitCode, output, errors, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_corporate_procedure_without_timescales_stops_the_host_naming_the_setting()
    {
        var settings = new Dictionary<string, string>(await DatabaseAsync()) { ["Complaints__Procedure"] = "Corporate" };

        var (exitCode, output, errors) = await HostProcess.RunUntilExitAsync(settings);

        AssertOneLineFailure(exitCode, output, errors, "Complaints:Corporate");
    }

    [Fact]
    public async Task ReferenceData_off_while_Complaints_is_on_stops_the_host_naming_both()
    {
        var settings = new Dictionary<string, string>(await DatabaseAsync())
        {
            ["Modules__ReferenceData__Enabled"] = "false",
            ["Modules__CommissionedServices__Enabled"] = "false",
        };

        var (exitCode, output, errors) = await HostProcess.RunUntilExitAsync(settings);

        AssertOneLineFailure(exitCode, output, errors, "Module Complaints depends on module ReferenceData");
        Assert.Contains("Modules:ReferenceData:Enabled", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_data_directory_stops_the_host_with_one_line()
    {
        var damaged = Directory.CreateTempSubdirectory("participation-damaged-");
        await File.WriteAllTextAsync(Path.Combine(damaged.FullName, "PG_VERSION"), "not a cluster\n");
        var settings = new Dictionary<string, string>
        {
            ["EmbeddedPostgres__DataDirectory"] = damaged.FullName,
            ["EmbeddedPostgres__Port"] = Participation.BuildingBlocks.Infrastructure.Hosting.LocalPostgresCluster.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var (exitCode, output, errors) = await HostProcess.RunUntilExitAsync(settings);

        AssertOneLineFailure(exitCode, output, errors, damaged.FullName);
    }

    [Fact]
    public async Task In_production_a_missing_connection_string_stops_the_host_instead_of_starting_the_embedded_cluster()
    {
        var (exitCode, output, errors) = await HostProcess.RunUntilExitAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        AssertOneLineFailure(exitCode, output, errors, "ConnectionStrings:Participation is required in Production");
    }

    [Fact]
    public async Task In_production_missing_mail_settings_stop_the_host_instead_of_filling_a_pickup_folder()
    {
        var settings = new Dictionary<string, string>(await DatabaseAsync()) { ["ASPNETCORE_ENVIRONMENT"] = "Production" };

        var (exitCode, output, errors) = await HostProcess.RunUntilExitAsync(settings);

        AssertOneLineFailure(exitCode, output, errors, "Smtp:Host is required in Production");
    }

    private static void AssertOneLineFailure(int exitCode, string[] output, string[] errors, string named)
    {
        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(errors);
        Assert.StartsWith("Participation could not start:", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Concat(errors), text => text.StartsWith("at ", StringComparison.Ordinal));
    }

    private static async Task<Dictionary<string, string>> DatabaseAsync() =>
        new() { ["ConnectionStrings__Participation"] = await (await PostgresServer.Instance).CreateDatabaseAsync() };
}
