using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.Modules.Reporting.Reach;

/// <summary>Who the council heard from against who it serves, per priority cohort, in a financial year; counts under 5 withheld.</summary>
/// <param name="Period">The financial year.</param>
/// <param name="Cohorts">Each cohort with a recorded population or voices in the year, in code order.</param>
public sealed record ReachReport(ReportPeriod Period, [property: MaxLength(ReachReport.MaxCohorts)] IReadOnlyList<CohortReach> Cohorts)
{
    /// <summary>More cohorts than the vocabulary holds.</summary>
    public const int MaxCohorts = 100;
}

/// <summary>One cohort's reach.</summary>
/// <param name="Cohort">The priority cohort's code.</param>
/// <param name="Population">Its recorded population, null when none is recorded for the year.</param>
/// <param name="PopulationAsAt">The day the population was counted.</param>
/// <param name="Voices">Voices given in the year that touch the cohort.</param>
/// <param name="VoicesPer100">Voices per 100 of the population; withheld with a withheld count or over a population under 5.</param>
public sealed record CohortReach(
    [property: MaxLength(TextLengths.Code)] string Cohort,
    CountFigure? Population,
    DateOnly? PopulationAsAt,
    CountFigure Voices,
    PercentageFigure? VoicesPer100);
