using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Domain.Complaints;
using Participation.Modules.Complaints.Domain.Compliments;
using Participation.BuildingBlocks.Domain.Reporting;
using static Participation.BuildingBlocks.Domain.Reporting.SmallNumbers;

namespace Participation.Modules.Complaints.Application.Reports;

/// <summary>Builds the report from the complaints and compliments with anything dated in the period.</summary>
internal static class ComplaintsReportBuilder
{
    public static ComplaintsReport Build(ReportPeriod period, IReadOnlyList<Complaint> complaints, IReadOnlyList<Compliment> compliments)
    {
        var received = complaints.Where(complaint => period.Contains(complaint.ReceivedOn)).ToList();
        var children = received.Where(complaint => complaint.Complainant.IsChild).ToList();
        var referred = complaints.Where(complaint => period.Contains(complaint.Ombudsman?.ReferredOn)).ToList();
        var decided = complaints.Where(complaint => period.Contains(complaint.Ombudsman?.DecidedOn)).ToList();
        var lessons = complaints.SelectMany(complaint => complaint.Lessons).ToList();
        var inPeriodCompliments = compliments.Where(compliment => period.Contains(compliment.ReceivedOn)).ToList();

        return new ComplaintsReport(
            period,
            Count(received.Count),
            CountsBy(received, complaint => complaint.ServiceArea),
            CountsBy(received, complaint => complaint.Category),
            CountsBy(received, complaint => KebabCodes<ComplainantKind>.ToCode(complaint.Complainant.Kind)),
            [Stage1(period, complaints), Stage2(period, complaints), Stage3(period, complaints)],
            Count(complaints.Count(complaint => complaint.Status == ComplaintStatus.Withdrawn && period.Contains(complaint.ClosedOn))),
            new AdvocacyReport(
                Count(children.Count),
                Count(children.Count(complaint => complaint.Advocacy is not null)),
                Count(children.Count(complaint => complaint.Advocacy?.Answer == AdvocacyAnswer.Accepted))),
            new OmbudsmanReport(
                Count(referred.Count),
                CountsBy(decided, complaint => KebabCodes<OmbudsmanDecision>.ToCode(complaint.Ombudsman!.Decision!.Value)),
                Count(complaints.Count(complaint => period.Contains(complaint.Ombudsman?.RemedyCompletedOn)))),
            Count(inPeriodCompliments.Count),
            CountsBy(inPeriodCompliments, compliment => compliment.ServiceArea),
            new LearningReport(
                Count(lessons.Count(lesson => period.Contains(lesson.DueOn) || period.Contains(lesson.CompletedOn))),
                Count(lessons.Count(lesson => period.Contains(lesson.DueOn))),
                Count(lessons.Count(lesson => period.Contains(lesson.CompletedOn)))));
    }

    private static StageReport Stage1(ReportPeriod period, IReadOnlyList<Complaint> complaints) =>
        Stage(1, complaints.Count(complaint => period.Contains(complaint.ReceivedOn)), AnsweredIn(period, complaints.Select(complaint => complaint.Stage1)));

    private static StageReport Stage2(ReportPeriod period, IReadOnlyList<Complaint> complaints) =>
        Stage(2, complaints.Count(complaint => period.Contains(complaint.Escalation?.RequestedOn)), AnsweredIn(period, complaints.Select(complaint => complaint.Stage2)));

    private static List<ComplaintStage> AnsweredIn(ReportPeriod period, IEnumerable<ComplaintStage?> stages) =>
        [.. stages.OfType<ComplaintStage>().Where(stage => period.Contains(stage.RespondedOn))];

    private static StageReport Stage3(ReportPeriod period, IReadOnlyList<Complaint> complaints)
    {
        var answered = complaints.Where(complaint => period.Contains(complaint.Stage3?.RespondedOn)).ToList();
        var onTime = answered.Count(complaint => complaint.Stage3!.WithinTimescale == true);
        return new StageReport(
            3,
            Count(complaints.Count(complaint => period.Contains(complaint.Stage3?.RequestedOn))),
            Count(answered.Count),
            Percentage(onTime, answered.Count),
            Percentage(onTime, answered.Count),
            Count(0),
            new Dictionary<string, CountFigure>());
    }

    private static StageReport Stage(int number, int started, IReadOnlyList<ComplaintStage> answered) =>
        new(
            number,
            Count(started),
            Count(answered.Count),
            Percentage(answered.Count(stage => stage.WithinStatutoryTimescale == true), answered.Count),
            Percentage(answered.Count(stage => stage.WithinTimescale == true), answered.Count),
            Count(answered.Count(stage => stage.Extended is not null)),
            CountsBy(answered.Where(stage => stage.Outcome is not null), stage => KebabCodes<Finding>.ToCode(stage.Outcome!.Value)));
}
