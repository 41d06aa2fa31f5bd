using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.Modules.CommissionedServices.Application.Returns.GetReturnsReport;

/// <summary>
/// One period's participation returns across providers (docs/domain/participation-returns.md#the-returns-report): who
/// returned on time, late or not at all, the latest submissions' principle scores (with the previous period's for the
/// trend), the Hart rungs and Lundy coverage of their activities, and participants by cohort (under 5 withheld).
/// </summary>
/// <param name="Period">The period's label.</param>
/// <param name="Providers">Each provider with a return for the period, and where it stands.</param>
/// <param name="Due">Not submitted yet, and not yet due.</param>
/// <param name="OnTime">First submitted on or before the due date.</param>
/// <param name="Late">First submitted after the due date.</param>
/// <param name="Missing">Not submitted, and past the due date.</param>
/// <param name="Principles">Each principle's scores across the latest submissions, and the mean against the previous period's.</param>
/// <param name="HartRungs">Activities by rung ("1" to "8").</param>
/// <param name="LundyMet">Activities meeting each Lundy element: space, voice, audience, influence.</param>
/// <param name="Activities">Activities reported.</param>
/// <param name="ParticipantsByCohort">People reached, by priority cohort; an activity reaching several cohorts counts in each.</param>
public sealed record ReturnsReport(
    [property: MaxLength(ReportPeriod.LabelMaxLength)] string Period,
    [property: MaxLength(ReturnsReport.MaxProviders)] IReadOnlyList<ProviderReturnStanding> Providers,
    int Due,
    int OnTime,
    int Late,
    int Missing,
    [property: MaxLength(7)] IReadOnlyList<PrincipleFigures> Principles,
    IReadOnlyDictionary<string, int> HartRungs,
    IReadOnlyDictionary<string, int> LundyMet,
    int Activities,
    IReadOnlyDictionary<string, CountFigure> ParticipantsByCohort)
{
    /// <summary>More providers than a council commissions.</summary>
    public const int MaxProviders = 1_000;
}

/// <summary>Where one provider's return stands.</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Name">Its name.</param>
/// <param name="DueOn">The return's due date.</param>
/// <param name="Standing">due | on-time | late | missing.</param>
public sealed record ProviderReturnStanding(Guid ProviderId, [property: MaxLength(TextLengths.Name)] string Name, DateOnly DueOn, [property: MaxLength(TextLengths.EnumCode)] string Standing);

/// <summary>One principle across providers.</summary>
/// <param name="Principle">The principle.</param>
/// <param name="Scores">Providers by score: not-yet, emerging, established, exemplary.</param>
/// <param name="Mean">The mean score, 0 (not yet) to 3 (exemplary), to two decimal places; null with no submissions.</param>
/// <param name="PreviousMean">The same for the period before; null when there was none.</param>
public sealed record PrincipleFigures(Domain.Returns.Principle Principle, IReadOnlyDictionary<string, int> Scores, double? Mean, double? PreviousMean);
