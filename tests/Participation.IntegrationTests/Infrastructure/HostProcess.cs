using System.Diagnostics;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>The real host as an operator starts it (<c>dotnet Participation.Host.dll</c>), from another directory.</summary>
public static class HostProcess
{
    /// <summary>Starts the host with <paramref name="settings"/> as environment variables and waits for it to exit.</summary>
    public static async Task<(int ExitCode, string[] Output, string[] Errors)> RunUntilExitAsync(IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        using var process = Start(settings, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The host was expected to exit and did not within two minutes.");
        }

        return (process.ExitCode, Lines(await output), Lines(await errors));
    }

    /// <summary>
    /// Starts the host on <paramref name="url"/>, waits until it says it is listening (it migrates and seeds before it
    /// listens), runs <paramref name="exercise"/> against it, stops it and returns what it wrote to standard output.
    /// </summary>
    public static async Task<string[]> RunWhileAsync(IReadOnlyDictionary<string, string> settings, Uri url, Func<HttpClient, Task> exercise)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        using var process = Start(settings, "--urls", url.ToString());
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("The host exited before it was listening."));
                return;
            }

            output.Enqueue(line.Data);
            if (line.Data.Contains("Now listening on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        using var client = new HttpClient { BaseAddress = url };
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await exercise(client);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return [.. output];
    }

    private static Process Start(IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Participation.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Hangfire__Server__Enabled"] = "false";
        start.Environment["Surveys__TriggerLinkKey"] = ParticipationApiFactory.TriggerLinkKey;
        start.Environment["ClosedCases__PublicBaseUrl"] = ParticipationApiFactory.PublicBaseUrl;
        start.Environment["ClosedCases__CouncilPhone"] = ParticipationApiFactory.CouncilPhone;
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        if (settings.TryGetValue("ConnectionStrings__Participation", out var application) && PostgresServer.OwnerOf(application) is { } owner)
        {
            start.Environment["ConnectionStrings__ParticipationOwner"] = owner;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
