using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>Themes a test's fixture needs in the taxonomy, made through the API as an administrator makes them.</summary>
public static class Taxonomy
{
    /// <summary>Adds a theme, under <paramref name="parentId"/> when given, and returns its id.</summary>
    public static async Task<Guid> CreateThemeAsync(this HttpClient administrator, string code, string name, Guid? parentId = null)
    {
        var response = await administrator.PostAsJsonAsync("/api/v1/reference-data/themes", new { code, name, parentId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
