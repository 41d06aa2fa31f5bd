namespace Participation.Modules.Forums.Domain.Forums;

/// <summary>How often a forum's terms of reference say it meets.</summary>
public enum Cadence
{
    /// <summary>Every month.</summary>
    Monthly,

    /// <summary>Every six weeks.</summary>
    SixWeekly,

    /// <summary>Every three months.</summary>
    Quarterly,

    /// <summary>Every six months.</summary>
    SixMonthly,
}

/// <summary>When the next meeting is due by a cadence.</summary>
public static class Cadences
{
    /// <summary>The last day the next meeting may be held on, given the last one (docs/domain/forums.md#cadence).</summary>
    public static DateOnly NextMeetingDueBy(this Cadence cadence, DateOnly lastMet) => cadence switch
    {
        Cadence.Monthly => lastMet.AddMonths(1),
        Cadence.SixWeekly => lastMet.AddDays(42),
        Cadence.Quarterly => lastMet.AddMonths(3),
        Cadence.SixMonthly => lastMet.AddMonths(6),
        _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "Not a cadence."),
    };
}
