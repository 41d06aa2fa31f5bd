using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

public sealed class OpenApiDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task The_committed_openapi_document_matches_what_the_host_serves()
    {
        var served = Normalise(await api.Factory.Client().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        var committedPath = Path.Combine(RepositoryRoot(), "api-specs", "participation-v1.json");

        if (Environment.GetEnvironmentVariable("UPDATE_API_SPEC") == "1")
        {
            await File.WriteAllTextAsync(committedPath, served + "\n");
        }

        var committed = File.Exists(committedPath) ? Normalise(await File.ReadAllTextAsync(committedPath)) : "(missing)";
        Assert.True(
            committed == served,
            "api-specs/participation-v1.json differs from the served /swagger/v1/swagger.json. Regenerate it with: "
            + "UPDATE_API_SPEC=1 dotnet test tests/Participation.IntegrationTests --filter The_committed_openapi_document_matches_what_the_host_serves");
    }

    private static string Normalise(string json) => JsonNode.Parse(json)!.ToJsonString(Indented);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Participation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Participation.sln not found above the test binaries.");
    }
}
