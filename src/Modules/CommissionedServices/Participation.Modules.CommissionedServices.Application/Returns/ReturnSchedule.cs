using System.Globalization;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Returns;

/// <summary>The periods and dates of returns (docs/domain/participation-returns.md#periods-and-due-dates).</summary>
internal static class ReturnSchedule
{
    /// <summary>The period of the provider's contract that <paramref name="day"/> falls in.</summary>
    public static ReportPeriod PeriodOf(ReturnCadence cadence, DateOnly day)
    {
        var quarter = ReportPeriod.QuarterOf(day);
        var year = quarter.From.Month >= 4 ? quarter.From.Year : quarter.From.Year - 1;
        return cadence == ReturnCadence.Quarterly ? quarter : ReportPeriod.HalfYear(year, day.Month is >= 4 and <= 9 ? 1 : 2);
    }

    /// <summary>Whether the code names a period: q1–q4 or h1–h2.</summary>
    public static bool IsPeriodCode(string? code) => code is "q1" or "q2" or "q3" or "q4" or "h1" or "h2";

    /// <summary>The period codes <see cref="IsPeriodCode"/> accepts, as the contract publishes them.</summary>
    public const string PeriodCodePattern = "^(q[1-4]|h[12])$";

    /// <summary>The period a code names in the financial year starting in <paramref name="year"/>.</summary>
    public static ReportPeriod Period(int year, string code)
    {
        var part = int.Parse(code.AsSpan(1), CultureInfo.InvariantCulture);
        return code[0] == 'q' ? ReportPeriod.Quarter(year, part) : ReportPeriod.HalfYear(year, part);
    }

    /// <summary>Due the configured working days after the period ends, by the deployment's calendar (docs/domain/working-days.md#counting).</summary>
    public static DateOnly DueOn(ReportPeriod period, ReturnsOptions options, CalendarRegion region) =>
        WorkingDays.AddWorkingDays(period.To, options.DueWorkingDays, region);

    /// <summary>The first day the reminder before the due date goes.</summary>
    public static DateOnly RemindFrom(DateOnly dueOn, ReturnsOptions options, CalendarRegion region) =>
        WorkingDays.SubtractWorkingDays(dueOn, options.ReminderWorkingDays, region);
}
