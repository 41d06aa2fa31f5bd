using System.Globalization;
using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Involvement;
using Participation.Modules.Forums.Domain.Items;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Reports.GetInvolvementReport;

internal sealed class GetInvolvementReportQueryHandler(
    IForumRepository forums, IMeetingRepository meetings, IForumItemRepository items, IActivityRepository activities, IPlanActionRepository plan, TimeProvider clock)
    : IQueryHandler<GetInvolvementReportQuery, InvolvementReport>
{
    /// <summary>Where a row records no cohort.</summary>
    private const string NotRecorded = "not-recorded";

    public async ValueTask<InvolvementReport> Handle(GetInvolvementReportQuery query, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Quarter(query.Year, query.Quarter);
        var today = UkDates.Today(clock);
        var asAt = period.To < today ? period.To : today;
        var held = await meetings.HeldAsync(period.From, period.To, cancellationToken);
        var raised = await items.RaisedAsync(period.From, period.To, cancellationToken);
        var done = await activities.HeldAsync(period.From, period.To, cancellationToken);
        var forumQuarters = new List<ForumQuarter>();
        foreach (var forum in (await forums.AllAsync(cancellationToken)).Where(forum => forum.ClosedOn is null || forum.ClosedOn >= period.From))
        {
            forumQuarters.Add(await ForumQuarterAsync(forum, held, raised, period, asAt, cancellationToken));
        }

        var participants = done.SelectMany(activity => activity.Participants).ToList();
        var recognitions = done.SelectMany(activity => activity.Recognitions.Select(recognition => (activity.Kind, Recognition: recognition))).ToList();
        var planRows = await plan.ListAsync(overdueOnly: false, cancellationToken);
        return new InvolvementReport(
            period,
            forumQuarters,
            SmallNumbers.Breakdown(Sum(held.SelectMany(meeting => meeting.Attendance), count => KebabCodes<Audience>.ToCode(count.Audience), count => count.Count)),
            Tally(done, activity => KebabCodes<ActivityKind>.ToCode(activity.Kind)),
            Tally(done, activity => Rung(activity.HartRung)),
            done.Count(activity => activity.NonParticipation),
            SmallNumbers.Breakdown(Sum(participants, row => KebabCodes<Audience>.ToCode(row.Audience), row => row.Count)),
            // A participant row has one cohort or none, so the cohorts break the same total down as the audiences do.
            SmallNumbers.Breakdown(Sum(participants, row => Cohort(row.Cohort), row => row.Count)),
            Recognised(recognitions, entry => KebabCodes<ActivityKind>.ToCode(entry.Kind)),
            Recognised(recognitions, entry => Cohort(entry.Recognition.Cohort)),
            new ActionPlanFigures(
                Tally(planRows, row => KebabCodes<ActionStatus>.ToCode(row.Status)),
                planRows.Count(row => row.Status == ActionStatus.Open && row.DueOn < asAt)));
    }

    private async Task<ForumQuarter> ForumQuarterAsync(
        Forum forum, IReadOnlyList<Meeting> held, IReadOnlyList<(ForumId ForumId, LoopDates Dates)> raised, ReportPeriod period, DateOnly asAt, CancellationToken cancellationToken)
    {
        var its = held.Where(meeting => meeting.ForumId == forum.Id).ToList();
        var lastMet = await meetings.LastHeldOnAsync(forum.Id, asAt, cancellationToken);
        var reportedBack = (await items.LoopDatesAsync(forum.Id, cancellationToken)).Count(dates => period.Contains(dates.ReportedBackOn));
        return new ForumQuarter(
            forum.Id.Value,
            forum.Name,
            forum.Kind,
            its.Count,
            (forum.ClosedOn is null || forum.ClosedOn > asAt) && lastMet is { } met && forum.Cadence.NextMeetingDueBy(met) < asAt,
            Tally(its, meeting => Rung(meeting.HartRung)),
            its.Count(meeting => meeting.NonParticipation),
            its.SelectMany(meeting => meeting.Lundy.InOrder()).Where(answer => answer.Answer.Met)
                .GroupBy(answer => answer.Element).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal),
            LoopClosure.Of([.. raised.Where(entry => entry.ForumId == forum.Id).Select(entry => entry.Dates)]),
            reportedBack);
    }

    private static string Rung(int rung) => rung.ToString(CultureInfo.InvariantCulture);

    private static string Cohort(PriorityCohort? cohort) => cohort is { } known ? KebabCodes<PriorityCohort>.ToCode(known) : NotRecorded;

    private static SortedDictionary<string, int> Tally<T>(IEnumerable<T> rows, Func<T, string> key) =>
        new(rows.GroupBy(key).ToDictionary(group => group.Key, group => group.Count()), StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, int>> Sum<T>(IEnumerable<T> rows, Func<T, string> key, Func<T, int> count) =>
        rows.GroupBy(key).Select(group => KeyValuePair.Create(group.Key, group.Sum(count)));

    /// <summary>
    /// Recipients per key, as a breakdown of all recipients (each recognition has one activity kind and one cohort or
    /// none, so either table adds up to the same total), and the value given with each key, withheld with its recipients.
    /// </summary>
    private static SortedDictionary<string, RecognitionFigure> Recognised(
        IEnumerable<(ActivityKind Kind, Recognition Recognition)> recognitions, Func<(ActivityKind Kind, Recognition Recognition), string> key)
    {
        var byKey = recognitions.GroupBy(key).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var recipients = SmallNumbers.Breakdown(byKey.Select(entry => KeyValuePair.Create(entry.Key, entry.Value.Sum(given => given.Recognition.Recipients))));
        return new(
            byKey.ToDictionary(
                entry => entry.Key,
                entry =>
                {
                    var values = entry.Value.Select(given => given.Recognition.TotalValue()).Where(total => total is not null).ToList();
                    return new RecognitionFigure(recipients[entry.Key], recipients[entry.Key].Suppressed is null && values.Count > 0 ? values.Sum() : null);
                }),
            StringComparer.Ordinal);
    }
}
