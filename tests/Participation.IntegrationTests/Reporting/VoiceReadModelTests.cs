using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Reporting;

public sealed class VoiceReadModelTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _officer = api.Factory.Client(Roles.ComplaintsOfficer);

    [Fact]
    public async Task A_partners_item_appears_once_with_its_suggested_themes_and_nothing_that_identifies_anyone()
    {
        var provider = await api.Factory.CreateProvider("Voices provider", "camhs");
        var (_, key) = await api.Factory.IssueKey(provider);
        var posted = await api.Factory.PartnerClient(key).PostAsJsonAsync("/api/v1/partner/feedback", new
        {
            externalId = "voice-1", receivedOn = "2026-11-20", audience = "child-or-young-person", cohorts = new[] { "looked-after-children" },
            serviceArea = "camhs", channel = "app", rating = 2, comment = "Jo Bloggs never calls me back on 07700 900123", themes = new[] { "being-listened-to" }, consentToQuote = true,
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await DeliverAsync("CommissionedServices");
        await Scalar("UPDATE commissioned_services.outbox_messages SET processed_on = NULL WHERE content::jsonb @> jsonb_build_array($1::text)", id.ToString());
        await DeliverAsync("CommissionedServices");

        var voice = await VoiceAsync(id);
        Assert.Equal(("partner-feedback", "2026-11-20", "camhs", "child-or-young-person", "app"), (voice.Source, voice.GivenOn, voice.ServiceArea, voice.Audience, voice.Channel));
        Assert.Equal(["looked-after-children"], voice.Cohorts);
        Assert.Equal(["being-listened-to"], voice.Themes);
        Assert.False(voice.ThemesConfirmed);
        Assert.Equal(2, voice.Rating);
        Assert.Equal(provider, voice.ProviderId);
        Assert.Equal("[name] never calls me back on [phone]", await Scalar("SELECT quote FROM reporting.voices WHERE id = $1", id));
        Assert.Equal(1L, await Scalar("SELECT count(*) FROM reporting.voices WHERE id = $1", id));
        Assert.Equal(0L, await Scalar("SELECT count(*) FROM reporting.voices WHERE row_to_json(voices)::text LIKE '%' || $1 || '%'", "Bloggs"));
    }

    [Fact]
    public async Task A_complaint_appears_when_logged_takes_its_finding_when_answered_and_its_new_themes_when_re_tagged()
    {
        var logged = await _officer.PostAsJsonAsync("/api/v1/complaints", new
        {
            receivedOn = "2026-10-01", channel = "email", complainantKind = "parent", onBehalfOfChild = false, childCaseReference = "CASE-77",
            serviceArea = "fostering", category = "Communication", summary = "Nobody told us about the move", points = new[] { "Not told" },
        });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var id = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var complaint = $"/api/v1/complaints/{id}";
        await DeliverAsync("Complaints");

        var received = await VoiceAsync(id);
        Assert.Equal(("complaint", "2026-10-01", "fostering", "parent", "email"), (received.Source, received.GivenOn, received.ServiceArea, received.Audience, received.Channel));
        Assert.Null(received.Outcome);
        Assert.Empty(received.Themes);

        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync(complaint, "themes", new { themes = new[] { "placement-stability" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync(complaint, "responses", new { respondedOn = "2026-10-08", findings = new[] { new { point = 1, finding = "upheld" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync(complaint, "themes", new { themes = new[] { "being-listened-to", "information-and-jargon" } })).StatusCode);
        await DeliverAsync("Complaints");

        var answered = await VoiceAsync(id);
        Assert.Equal("upheld", answered.Outcome);
        Assert.Equal(["being-listened-to", "information-and-jargon"], answered.Themes);
        Assert.True(answered.ThemesConfirmed);
        Assert.Equal(0L, await Scalar("SELECT count(*) FROM reporting.voices WHERE row_to_json(voices)::text LIKE '%' || $1 || '%'", "CASE-77"));

        // The stage's message delivered once more as if its first delivery had failed: older news than the re-tagging.
        var staged = (Guid)(await Scalar("SELECT id FROM complaints.outbox_messages WHERE type LIKE '%ComplaintStageResponded%' AND content ->> 'complaintId' = $1", id.ToString()))!;
        await Scalar("DELETE FROM reporting.inbox_messages WHERE message_id = $1", staged);
        await Scalar("UPDATE complaints.outbox_messages SET processed_on = NULL WHERE id = $1", staged);
        await DeliverAsync("Complaints");

        var redelivered = await VoiceAsync(id);
        Assert.Equal("upheld", redelivered.Outcome);
        Assert.Equal(["being-listened-to", "information-and-jargon"], redelivered.Themes);
    }

    [Fact]
    public async Task A_compliment_appears_once()
    {
        var recorded = await _officer.PostAsJsonAsync("/api/v1/compliments", new
        {
            receivedOn = "2026-09-30", audience = "foster-carer", channel = "letter", serviceArea = "fostering", summary = "Thanks to the whole team",
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var id = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await DeliverAsync("Complaints");
        await DeliverAsync("Complaints");

        var voice = await VoiceAsync(id);
        Assert.Equal(("compliment", "2026-09-30", "fostering", "foster-carer", "letter"), (voice.Source, voice.GivenOn, voice.ServiceArea, voice.Audience, voice.Channel));
        Assert.Equal(1L, await Scalar("SELECT count(*) FROM reporting.voices WHERE id = $1", id));
    }

    private Task DeliverAsync(string module) =>
        api.Factory.Services.GetRequiredService<OutboxProcessor>().ProcessAsync(module, CancellationToken.None);

    private async Task<StoredVoice> VoiceAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT source, given_on::text, service_area, audience, channel, cohorts, themes, themes_confirmed, rating, outcome, provider_id FROM reporting.voices WHERE id = $1",
            connection) { Parameters = { new() { Value = id } } };
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"voice {id} is not in the read model");
        return new StoredVoice(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            reader.GetFieldValue<string[]>(5), reader.GetFieldValue<string[]>(6), reader.GetBoolean(7),
            reader.IsDBNull(8) ? null : reader.GetInt32(8), reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetGuid(10));
    }

    private Task<object?> Scalar(string sql, object parameter) => api.Factory.ScalarAsync(sql, parameter);

    private sealed record StoredVoice(
        string Source, string GivenOn, string ServiceArea, string Audience, string Channel, string[] Cohorts, string[] Themes, bool ThemesConfirmed, int? Rating, string? Outcome, Guid? ProviderId);
}
