namespace Participation.IntegrationTests.Infrastructure;

/// <summary>poppler-utils (pdftoppm, pdftotext, pdfinfo, pdfimages), which read a PDF as a printer or a reader would.</summary>
public static class Poppler
{
    /// <summary>Runs <paramref name="tool"/>; its standard output. Fails the test if it fails.</summary>
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
