using System.Globalization;
using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.GetReturnsReport;

internal sealed class GetReturnsReportQueryHandler(IReturnRepository returns, IProviderRepository providers, TimeProvider clock) : IQueryHandler<GetReturnsReportQuery, ReturnsReport>
{
    public async ValueTask<ReturnsReport> Handle(GetReturnsReportQuery query, CancellationToken cancellationToken)
    {
        var period = ReturnSchedule.Period(query.Year, query.Period);
        var today = UkDates.Today(clock);
        var these = await returns.ForPeriodAsync(period.Label, cancellationToken);
        var before = await returns.ForPeriodAsync(period.Previous().Label, cancellationToken);
        var names = (await providers.NamesAsync(cancellationToken)).ToDictionary(entry => entry.Id, entry => entry.Name);
        var standings = these
            .Select(found => new ProviderReturnStanding(found.ProviderId.Value, names.GetValueOrDefault(found.ProviderId.Value, string.Empty), found.DueOn, Standing(found, today)))
            .OrderBy(standing => standing.Name, StringComparer.Ordinal)
            .ToList();
        var latest = these.Where(found => found.Submissions.Count > 0).Select(found => found.Submissions[^1].Content).ToList();
        var activities = latest.SelectMany(content => content.Activities).ToList();
        return new ReturnsReport(
            period.Label,
            standings,
            standings.Count(standing => standing.Standing == "due"),
            standings.Count(standing => standing.Standing == "on-time"),
            standings.Count(standing => standing.Standing == "late"),
            standings.Count(standing => standing.Standing == "missing"),
            [.. Enum.GetValues<Principle>().Select(principle => Figures(principle, latest, [.. before.Where(found => found.Submissions.Count > 0).Select(found => found.Submissions[^1].Content)]))],
            new SortedDictionary<string, int>(activities.GroupBy(activity => activity.HartRung.ToString(CultureInfo.InvariantCulture)).ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal),
            new SortedDictionary<string, int>(
                activities.SelectMany(activity => activity.Lundy.InOrder()).Where(answer => answer.Answer.Met).GroupBy(answer => answer.Element).ToDictionary(group => group.Key, group => group.Count()),
                StringComparer.Ordinal),
            activities.Count,
            SmallNumbers.EachOnItsOwn(activities
                .SelectMany(activity => activity.Cohorts.Distinct().Select(cohort => (Cohort: KebabCodes<PriorityCohort>.ToCode(cohort), activity.ParticipantsReached)))
                .GroupBy(entry => entry.Cohort)
                .Select(group => KeyValuePair.Create(group.Key, group.Sum(entry => entry.ParticipantsReached)))));
    }

    /// <summary>due | on-time | late | missing (docs/domain/participation-returns.md#the-returns-report).</summary>
    private static string Standing(ParticipationReturn found, DateOnly today) =>
        found.FirstSubmittedAt is { } submitted ? UkDates.Of(submitted) <= found.DueOn ? "on-time" : "late"
        : today > found.DueOn ? "missing"
        : "due";

    private static PrincipleFigures Figures(Principle principle, IReadOnlyList<ReturnContent> latest, IReadOnlyList<ReturnContent> previous)
    {
        var scores = Scores(principle, latest);
        return new PrincipleFigures(
            principle,
            new SortedDictionary<string, int>(scores.GroupBy(score => KebabCodes<PrincipleScore>.ToCode(score)).ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal),
            Mean(scores),
            Mean(Scores(principle, previous)));
    }

    private static List<PrincipleScore> Scores(Principle principle, IReadOnlyList<ReturnContent> contents) =>
        [.. contents.SelectMany(content => content.SelfAssessment).Where(assessment => assessment.Principle == principle).Select(assessment => assessment.Score)];

    private static double? Mean(List<PrincipleScore> scores) =>
        scores.Count == 0 ? null : Math.Round(scores.Average(score => (int)score), 2, MidpointRounding.AwayFromZero);
}
