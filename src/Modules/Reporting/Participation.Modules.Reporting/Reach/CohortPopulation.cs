namespace Participation.Modules.Reporting.Reach;

/// <summary>How many children or people a cohort held in a financial year, as the council counts them (e.g. looked-after children at 31 March).</summary>
internal sealed class CohortPopulation
{
    public Guid Id { get; init; }

    /// <summary>The first calendar year of the financial year (2026 for 2026-27).</summary>
    public int Year { get; init; }

    /// <summary>The priority cohort's code.</summary>
    public required string Cohort { get; init; }

    public int Count { get; set; }

    /// <summary>The day the count was taken.</summary>
    public DateOnly AsAt { get; set; }
}
