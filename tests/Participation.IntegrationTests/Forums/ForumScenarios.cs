using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Forums;

/// <summary>The requests forum tests share: a forum, a member, a meeting, an item taken round its loop.</summary>
internal static class ForumScenarios
{
    public const string ForumsPath = "/api/v1/forums";
    public const string ItemsPath = "/api/v1/forum-items";
    public const string BoardPath = "/api/v1/public/you-said-we-did";

    public static readonly object Lundy = new
    {
        space = new { met = true, evidence = "Met at the youth centre the members chose." },
        voice = new { met = true, evidence = "Members set the agenda." },
        audience = new { met = true, evidence = "The deputy director attended." },
        influence = new { met = false, evidence = (string?)null },
    };

    public static object Forum(string name, string kind = "children-in-care-council-senior", string cadence = "six-weekly", string[]? audiences = null) => new
    {
        name,
        kind,
        termsOfReference = "Young people in care shape services for children in care.",
        audiences = audiences ?? ["child-or-young-person"],
        cohorts = new[] { "looked-after-children" },
        cadence,
        leadOfficer = "Participation officer",
    };

    public static object Member(string displayName, string ageBand = "thirteen-to-fifteen", string consentGivenBy = "self", int? ageOutAt = 18, string? ageReviewOn = "2030-01-01", string[]? cohorts = null) => new
    {
        displayName,
        ageBand,
        audience = "child-or-young-person",
        cohorts = cohorts ?? ["looked-after-children"],
        contactEmail = $"{displayName.ToLowerInvariant()}@young.example",
        contactPhone = "07700 900123",
        ageOutAt,
        ageReviewOn,
        consentGivenBy,
        consentGivenOn = "2026-04-01",
    };

    public static object Meeting(string heldOn, int hartRung = 6, int children = 8, object? lundy = null) => new
    {
        heldOn,
        attendance = new[] { new { audience = "child-or-young-person", count = children } },
        decisionMakers = new[] { new { role = "Deputy director", name = "Alex Morgan" } },
        hartRung,
        lundy = lundy ?? Lundy,
    };

    public static async Task<JsonElement> CreatedAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<Guid> ForumAsync(this HttpClient officer, string name, string cadence = "six-weekly") =>
        (await officer.CreatedAsync(ForumsPath, Forum(name, cadence: cadence))).GetProperty("forum").GetProperty("id").GetGuid();

    public static async Task<Guid> MeetingAsync(this HttpClient officer, Guid forum, string heldOn, int hartRung = 6, int children = 8) =>
        (await officer.CreatedAsync($"{ForumsPath}/{forum}/meetings", Meeting(heldOn, hartRung, children))).GetProperty("id").GetGuid();

    public static async Task<Guid> ItemAsync(this HttpClient officer, Guid meeting, string said = "We keep getting new social workers.", string[]? themes = null) =>
        (await officer.CreatedAsync(ItemsPath, new { meetingId = meeting, said, themes = themes ?? [], serviceArea = "children-in-care", decisionMaker = "Head of service" })).GetProperty("id").GetGuid();

    /// <summary>Sends <paramref name="body"/> to <paramref name="target"/> under <paramref name="resource"/>'s current ETag.</summary>
    public static async Task<HttpResponseMessage> ChangeAsync(this HttpClient client, HttpMethod method, string resource, string target, object? body = null)
    {
        using var read = await client.GetAsync(new Uri(resource, UriKind.Relative));
        using var request = new HttpRequestMessage(method, target) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        return await client.SendAsync(request);
    }

    /// <summary>An item responded to and reported back at <paramref name="laterMeeting"/>: its loop closed.</summary>
    public static async Task CloseLoopAsync(this HttpClient officer, Guid item, Guid laterMeeting, string weDid = "Children now keep their social worker when teams change.")
    {
        var resource = $"{ItemsPath}/{item}";
        Assert.Equal(HttpStatusCode.OK, (await officer.ChangeAsync(HttpMethod.Put, resource, $"{resource}/response", new { weDid, outcome = "changed" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostStepAsync(resource, "report-back", new { meetingId = laterMeeting })).StatusCode);
    }
}
