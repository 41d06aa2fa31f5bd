using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;
using Participation.IntegrationTests.Surveys;
using Participation.Modules.CommissionedServices.Infrastructure;

namespace Participation.IntegrationTests.CommissionedServices;

/// <summary>The daily returns job driven with a fixed clock against a real SMTP server in the test process.</summary>
public sealed class ReturnsJobTests(ClosedCaseMailFixture api) : IClassFixture<ClosedCaseMailFixture>
{
    [Fact]
    public async Task The_job_opens_the_period_reminds_once_and_marks_overdue_once_across_a_bank_holiday_due_date()
    {
        var provider = await api.Factory.CreateProvider("Returns job provider");
        // A contact address the mail library cannot use must not stop the other providers' reminders. The API refuses
        // one now; a row stored before it did can still hold one.
        var broken = new
        {
            name = "Returns job provider with a broken address",
            kind = "school",
            contractStart = "2025-04-01",
            contactName = "Office",
            contactEmail = "office manager@school.example",
            serviceAreas = new[] { "schools" },
        };
        var admin = api.Factory.Client(Roles.Administrator);
        await (await admin.PostAsJsonAsync("/api/v1/providers", broken)).ShouldBeValidationProblemFor("contactEmail");
        var unusable = await admin.PostAsJsonAsync("/api/v1/providers", broken with { contactEmail = "office.manager@school.example" });
        Assert.Equal(System.Net.HttpStatusCode.Created, unusable.StatusCode);
        Assert.Equal(1, await api.Factory.ScalarAsync("UPDATE commissioned_services.providers SET contact_email = 'office manager@school.example' WHERE contact_email = 'office.manager@school.example' RETURNING 1"));
        // Recorded first as a school, then corrected to what it is: the council's case-management system, which holds
        // a partner key like a provider but is asked for no returns.
        var caseSystem = await admin.PostAsJsonAsync("/api/v1/providers", broken with { name = "Case-management system", contactEmail = "case.system@council.example" });
        var caseSystemId = (await caseSystem.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var contact = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/providers/{provider}")).GetProperty("contactEmail").GetString()!;

        // 1 October 2026: Q3 begins and its return opens. Q3 ends on Thursday 31 December; New Year's Day is a bank
        // holiday, so the 20th working day after is Friday 29 January 2027, not Thursday 28th.
        await RunAtAsync(new DateTimeOffset(2026, 10, 1, 6, 30, 0, TimeSpan.Zero));
        await RunAtAsync(new DateTimeOffset(2026, 10, 1, 6, 30, 0, TimeSpan.Zero));
        await api.Factory.ExecuteAsync($"UPDATE commissioned_services.providers SET kind = 'case-management' WHERE id = '{caseSystemId}'");
        await (await officer.PostAsJsonAsync($"/api/v1/providers/{caseSystemId}/returns", new { year = 2026, period = "q2" }))
            .ShouldBreakRule(System.Net.HttpStatusCode.UnprocessableEntity, "commissioned-services.returns.not-a-commissioned-service");
        var opened = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/providers/{provider}/returns")).EnumerateArray().ToList();
        Assert.Equal("2026-27 Q3", Assert.Single(opened).GetProperty("period").GetString());
        Assert.Equal("2027-01-29", opened[0].GetProperty("dueOn").GetString());

        // Five working days before the due date is Friday 22 January: nothing the day before, one reminder however often it runs.
        await RunAtAsync(new DateTimeOffset(2027, 1, 21, 6, 30, 0, TimeSpan.Zero));
        Assert.Empty(api.Smtp.To(contact));
        await RunAtAsync(new DateTimeOffset(2027, 1, 22, 6, 30, 0, TimeSpan.Zero));
        await RunAtAsync(new DateTimeOffset(2027, 1, 22, 6, 30, 0, TimeSpan.Zero));
        Assert.Contains("is due on Friday 29 January 2027", Assert.Single(api.Smtp.To(contact)).Subject, StringComparison.Ordinal);

        // Due day itself: not overdue. Saturday 30 January: overdue, marked and written to once.
        await RunAtAsync(new DateTimeOffset(2027, 1, 29, 6, 30, 0, TimeSpan.Zero));
        Assert.Single(api.Smtp.To(contact));
        await RunAtAsync(new DateTimeOffset(2027, 1, 30, 6, 30, 0, TimeSpan.Zero));
        await RunAtAsync(new DateTimeOffset(2027, 1, 30, 6, 30, 0, TimeSpan.Zero));
        Assert.Equal(2, api.Smtp.To(contact).Count);
        Assert.EndsWith("is overdue", api.Smtp.To(contact)[^1].Subject, StringComparison.Ordinal);
        Assert.Equal(
            "2027-01-30",
            ((DateOnly)(await api.Factory.ScalarAsync("SELECT overdue_on FROM commissioned_services.returns WHERE provider_id = $1 AND period = '2026-27 Q3'", provider))!).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        // Q4 (January to March) opened when the clock first passed into it.
        // The case-management system's Q3 return, opened while it was recorded as a school, was never chased, and no Q4 was opened for it.
        Assert.Equal(5L, await api.Factory.ScalarAsync("SELECT count(*) FROM commissioned_services.returns"));
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM commissioned_services.returns WHERE provider_id = $1", caseSystemId));
        Assert.Empty(api.Smtp.To("case.system@council.example"));
        var report = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/providers/reports/returns?year=2026&period=q3");
        Assert.DoesNotContain(report.GetProperty("providers").EnumerateArray(), standing => standing.GetProperty("providerId").GetGuid() == caseSystemId);
        Assert.Equal(2L, await api.Factory.ScalarAsync("SELECT count(*) FROM commissioned_services.returns WHERE provider_id = $1", provider));
    }

    private async Task RunAtAsync(DateTimeOffset now)
    {
        api.Clock.Now = now;
        using var scope = api.Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ReturnsJob>().RunAsync(CancellationToken.None);
    }
}
