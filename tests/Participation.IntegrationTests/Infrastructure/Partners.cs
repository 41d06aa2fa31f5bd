using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>Sets up providers and their keys through the API, as an administrator would.</summary>
public static class Partners
{
    public static async Task<Guid> CreateProvider(this ParticipationApiFactory api, string name, params string[] serviceAreas)
    {
        ArgumentNullException.ThrowIfNull(api);
        var response = await api.Client(Roles.Administrator).PostAsJsonAsync("/api/v1/providers", new
        {
            name,
            kind = "camhs",
            contractStart = "2025-04-01",
            contractEnd = "2028-03-31",
            contactName = "Participation lead",
            contactEmail = "participation@provider.example",
            serviceAreas = serviceAreas.Length == 0 ? ["camhs"] : serviceAreas,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<(Guid Id, string Key)> IssueKey(this ParticipationApiFactory api, Guid provider, params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(api);
        var response = await api.Client(Roles.Administrator).PostAsJsonAsync($"/api/v1/providers/{provider}/api-keys", new { scopes = scopes.Length == 0 ? ["feedback:write", "feedback:read"] : scopes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (issued.GetProperty("id").GetGuid(), issued.GetProperty("key").GetString()!);
    }

    public static HttpClient PartnerClient(this ParticipationApiFactory api, string key)
    {
        ArgumentNullException.ThrowIfNull(api);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
