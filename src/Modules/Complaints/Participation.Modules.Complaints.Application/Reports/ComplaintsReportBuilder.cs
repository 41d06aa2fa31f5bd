using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Domain.Complaints;
using Participation.Modules.Complaints.Domain.Compliments;
using static Participation.Modules.Complaints.Application.Reports.SmallNumbers;

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

    private static StageReport Stage1(ReportPeriod period, IReadOnlyList<Complaint> complaints)
    {
        var answered = complaints.Where(complaint => period.Contains(complaint.Stage1RespondedOn)).ToList();
        return Stage(
            1,
            complaints.Count(complaint => period.Contains(complaint.ReceivedOn)),
            answered,
            complaint => (complaint.Stage1RespondedOn!.Value, complaint.Stage1),
            complaint => complaint.Stage1Outcome);
    }

    private static StageReport Stage2(ReportPeriod period, IReadOnlyList<Complaint> complaints)
    {
        var answered = complaints.Where(complaint => period.Contains(complaint.Stage2RespondedOn)).ToList();
        return Stage(
            2,
            complaints.Count(complaint => period.Contains(complaint.Stage2RequestedOn)),
            answered,
            complaint => (complaint.Stage2RespondedOn!.Value, complaint.Stage2!),
            complaint => complaint.Stage2Outcome);
    }

    private static StageReport Stage3(ReportPeriod period, IReadOnlyList<Complaint> complaints)
    {
        var answered = complaints.Where(complaint => period.Contains(complaint.Stage3?.RespondedOn)).ToList();
        var onTime = answered.Count(complaint => complaint.Stage3WithinTimescale == true);
        return new StageReport(
            3,
            Count(complaints.Count(complaint => period.Contains(complaint.Stage3?.RequestedOn))),
            Count(answered.Count),
            Percentage(onTime, answered.Count),
            Percentage(onTime, answered.Count),
            Count(0),
            new Dictionary<string, string>());
    }

    private static StageReport Stage(
        int stage,
        int started,
        IReadOnlyList<Complaint> answered,
        Func<Complaint, (DateOnly RespondedOn, StageClock Clock)> answer,
        Func<Complaint, Finding?> outcome)
    {
        var answers = answered.Select(answer).ToList();
        return new StageReport(
            stage,
            Count(started),
            Count(answered.Count),
            Percentage(answers.Count(entry => entry.RespondedOn <= entry.Clock.Deadline.DueDate), answers.Count),
            Percentage(answers.Count(entry => entry.RespondedOn <= entry.Clock.DueDate), answers.Count),
            Count(answers.Count(entry => entry.Clock.Extended is not null)),
            CountsBy(answered.Where(complaint => outcome(complaint) is not null), complaint => KebabCodes<Finding>.ToCode(outcome(complaint)!.Value)));
    }
}
