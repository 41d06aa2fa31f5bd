namespace Participation.BuildingBlocks.Domain.Calendar;

/// <summary>The bank-holiday jurisdiction a deployment counts working days in.</summary>
public enum CalendarRegion
{
    /// <summary>England and Wales (Banking and Financial Dealings Act 1971, Schedule 1, paragraph 1).</summary>
    EnglandAndWales,

    /// <summary>Scotland (Banking and Financial Dealings Act 1971, Schedule 1, paragraph 2; St Andrew's Day Bank Holiday (Scotland) Act 2007).</summary>
    Scotland,
}
