using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Calendar;

public sealed class CalendarEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _staff = api.Factory.Client(Roles.ComplaintsOfficer);

    [Theory]
    [InlineData("2024-03-28", 10, "england-and-wales", "2024-03-28", "2024-04-15")] // Maundy Thursday, over Easter
    [InlineData("2024-06-08", 10, "england-and-wales", "2024-06-10", "2024-06-24")] // a Saturday: the clock starts on Monday
    [InlineData("2024-11-29", 3, "scotland", "2024-11-29", "2024-12-05")] // St Andrew's Day on a Saturday, observed Monday 2 December
    public async Task The_due_date_is_counted_in_working_days_of_the_region(string from, int workingDays, string region, string start, string due)
    {
        var deadline = await _staff.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/due-date?from={from}&workingDays={workingDays}&region={region}");

        Assert.Equal(start, deadline.GetProperty("startDate").GetString());
        Assert.Equal(due, deadline.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Without_a_region_the_deployment_calendar_is_used()
    {
        var deadline = await _staff.GetFromJsonAsync<JsonElement>("/api/v1/calendar/due-date?from=2024-03-28&workingDays=10");

        Assert.Equal("2024-04-15", deadline.GetProperty("dueDate").GetString());
    }

    [Theory]
    [InlineData("from=2024-13-01&workingDays=10", "from")]
    [InlineData("workingDays=10", "from")]
    [InlineData("from=1999-12-31&workingDays=10", "from")]
    [InlineData("from=2024-01-01&workingDays=-1", "workingDays")]
    [InlineData("from=2024-01-01&workingDays=251", "workingDays")]
    [InlineData("from=2024-01-01&workingDays=10&region=wales", "region")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string query, string field)
    {
        var response = await _staff.GetAsync(new Uri($"/api/v1/calendar/due-date?{query}", UriKind.Relative));

        await response.ShouldBeValidationProblemFor(field);
    }

    [Fact]
    public async Task The_bank_holidays_of_2022_include_the_jubilee_and_the_state_funeral()
    {
        var holidays = await _staff.GetFromJsonAsync<JsonElement>("/api/v1/calendar/bank-holidays?year=2022&region=england-and-wales");
        var dates = holidays.EnumerateArray().Select(holiday => holiday.GetProperty("date").GetString()).ToList();

        Assert.Equal(
            ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
            dates);
    }
}
