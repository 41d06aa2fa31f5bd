using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Surveys.Infrastructure;

namespace Participation.IntegrationTests.Surveys;

/// <summary>Raw answers and links are deleted 24 months after their survey closes; the daily job may run twice.</summary>
public sealed class AnswerRetentionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Answers_and_links_of_a_survey_closed_over_24_months_ago_are_deleted_and_others_kept()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var expired = await ClosedSurveyWithAnAnswerAsync(today.AddMonths(-25));
        var kept = await ClosedSurveyWithAnAnswerAsync(today.AddMonths(-23));

        for (var run = 0; run < 2; run++)
        {
            await using var scope = api.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PurgeExpiredAnswersJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal("0|0", await Counts(expired));
        Assert.Equal("1|1", await Counts(kept));
        // The survey itself and its published versions stay: they say what was asked.
        Assert.Equal(HttpStatusCode.OK, (await api.Factory.Client(Roles.Analyst).GetAsync(new Uri($"/api/v1/surveys/{expired}/versions/1", UriKind.Relative))).StatusCode);
    }

    private async Task<Guid> ClosedSurveyWithAnAnswerAsync(DateOnly closedOn)
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var created = await officer.PostAsJsonAsync("/api/v1/surveys", new
        {
            title = "Foster carers' annual survey",
            purpose = "annual",
            audiences = new[] { "foster-carer" },
            serviceAreas = new[] { "fostering" },
            anonymous = false,
            opensOn = closedOn.AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            closesOn = closedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            questions = new[] { new { kind = "yes-partly-no", text = "Do you feel supported?", required = true } },
        });
        var survey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync($"/api/v1/surveys/{survey}", "publications")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/surveys/{survey}/invitations", new { kind = "single-use", expiresAt = DateTimeOffset.UtcNow.AddDays(1), recipients = new[] { new { caseReference = "FC-1" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", new { version = 1, channel = "paper-form", answers = new[] { new { question = 1, value = "yes" } } })).StatusCode);
        return survey;
    }

    private async Task<object?> Counts(Guid survey) =>
        await api.Factory.ScalarAsync(
            "SELECT (SELECT count(*) FROM surveys.responses WHERE survey_id = $1) || '|' || (SELECT count(*) FROM surveys.invitations WHERE survey_id = $1)", survey);
}
