using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Domain;
using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Calendar.GetBankHolidays;
using Participation.BuildingBlocks.Application.Calendar.GetDueDate;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Infrastructure.Security;

namespace Participation.BuildingBlocks.Infrastructure.Calendar;

/// <summary>The working-day calendar over HTTP, for front-ends that show deadlines.</summary>
public static class CalendarEndpoints
{
    // England and Wales have 8 a year, Scotland 9, and a one-off day (a jubilee, a coronation, a state funeral) adds one or two.
    private const int MaxHolidaysInAYear = 20;

    /// <summary>Maps <c>/api/v1/calendar</c>.</summary>
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var calendar = endpoints.MapGroup("/api/v1/calendar")
            .WithTags("Calendar")
            .RequireAuthorization(Policies.AnyStaff)
            .ProducesValidationProblem()
            .CheckDeclaredParameterLimits();

        calendar.MapGet("/due-date", DueDate)
            .WithName("GetDueDate")
            .WithSummary("The due date of something received on a day, N working days on")
            .WithDescription("The start date is the day of receipt, or the next working day if it is not one; the due date is the N-th working day after it (regulation 2, Children Act 1989 Representations Procedure (England) Regulations 2006). region: england-and-wales | scotland; omitted, the deployment's own.");

        calendar.MapGet("/bank-holidays", Holidays)
            .WithName("GetBankHolidays")
            .WithSummary("The bank holidays of a year, with substitute and one-off days")
            .ReturnsAtMost(MaxHolidaysInAYear)
            .WithDescription("region: england-and-wales | scotland; omitted, the deployment's own. Years 2000 to 2100.");

        return endpoints;
    }

    private static async Task<Ok<DueDateResponse>> DueDate(DateOnly from, [Range(0, WorkingDays.MostInAYear)] int workingDays, [MaxLength(TextLengths.EnumCode)] string? region, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDueDateQuery(from, workingDays, region), cancellationToken));

    private static async Task<Ok<IReadOnlyList<BankHoliday>>> Holidays([Range(BankHolidays.FirstSupportedYear, BankHolidays.LastSupportedYear)] int year, [MaxLength(TextLengths.EnumCode)] string? region, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetBankHolidaysQuery(year, region), cancellationToken));
}
