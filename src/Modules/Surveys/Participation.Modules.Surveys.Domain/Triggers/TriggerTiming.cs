using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Surveys.Domain.Triggers;

/// <summary>The unit a trigger's offset counts in.</summary>
public enum OffsetUnit
{
    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Working days, by the deployment's calendar (weekends and bank holidays skipped).</summary>
    WorkingDays,

    /// <summary>Calendar months; a day the month lacks becomes its last day (31 May + 3 months is 31 August, 30 November + 3 is the end of February).</summary>
    Months,
}

/// <summary>Whether the link opens before or after the event's date.</summary>
public enum OffsetDirection
{
    /// <summary>Before the event: a "What Do You Think?" form before the meeting.</summary>
    Before,

    /// <summary>After the event: adopters three months after the placement.</summary>
    After,
}

/// <summary>When a triggered link opens, relative to the event's date (docs/domain/surveys.md#triggers).</summary>
/// <param name="Amount">How many units; 0 opens it on the event's date.</param>
/// <param name="Unit">Days, working days or months.</param>
/// <param name="Direction">Before or after the event.</param>
public sealed record TriggerTiming(int Amount, OffsetUnit Unit, OffsetDirection Direction)
{
    /// <summary>The most days an offset may span (a year).</summary>
    public const int MaxDays = 366;

    /// <summary>The most months an offset may span.</summary>
    public const int MaxMonths = 12;

    /// <summary>The largest amount <paramref name="unit"/> allows.</summary>
    public static int MaxAmount(OffsetUnit unit) => unit switch
    {
        OffsetUnit.WorkingDays => WorkingDays.MostInAYear,
        OffsetUnit.Months => MaxMonths,
        _ => MaxDays,
    };

    /// <summary>
    /// The day the rule says the link opens for an event on <paramref name="eventDate"/>. Working days before the event
    /// count back from it (ten working days before a Monday conference is the Monday two weeks earlier, bank holidays
    /// skipped); after it, forward, the event's date being day 0.
    /// </summary>
    public DateOnly DayFor(DateOnly eventDate, CalendarRegion region)
    {
        if (Unit == OffsetUnit.WorkingDays)
        {
            BusinessRules.Check(new DateWithinCalendarRule(eventDate));
        }

        var sign = Direction == OffsetDirection.After ? 1 : -1;
        return Unit switch
        {
            OffsetUnit.Days => eventDate.AddDays(sign * Amount),
            OffsetUnit.Months => eventDate.AddMonths(sign * Amount),
            _ when Direction == OffsetDirection.After => WorkingDays.AddWorkingDays(eventDate, Amount, region),
            _ => WorkingDays.SubtractWorkingDays(eventDate, Amount, region),
        };
    }
}
