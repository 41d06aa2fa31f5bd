using Participation.BuildingBlocks.Domain.Reporting;
using System.Globalization;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Application.Reports;
using Participation.Modules.Complaints.Domain.Complaints;
using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.UnitTests.Complaints;

public sealed class ComplaintsReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Fact]
    public void Quarters_follow_the_financial_year_from_April()
    {
        Assert.Equal(new ReportPeriod(Day("2024-04-01"), Day("2024-06-30"), "2024-25 Q1"), ReportPeriod.Quarter(2024, 1));
        Assert.Equal(new ReportPeriod(Day("2025-01-01"), Day("2025-03-31"), "2024-25 Q4"), ReportPeriod.Quarter(2024, 4));
        Assert.Equal(new ReportPeriod(Day("2099-04-01"), Day("2100-03-31"), "2099-00"), ReportPeriod.FinancialYear(2099));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, null)]
    [InlineData(4, null)]
    [InlineData(5, 5)]
    public void Counts_under_five_are_never_shown(int count, int? shown)
    {
        Assert.Equal(shown, SmallNumbers.Count(count).Value);
        Assert.Equal(shown is null ? Suppression.Small : null, SmallNumbers.Count(count).Suppressed);
    }

    [Fact]
    public void Percentages_are_shown_only_over_five_or_more()
    {
        Assert.Equal(new PercentageFigure(null, Suppression.Small), SmallNumbers.Percentage(3, 4));
        Assert.Equal(new PercentageFigure(null, null), SmallNumbers.Percentage(0, 0));
        Assert.Equal(new PercentageFigure(83.3, null), SmallNumbers.Percentage(5, 6));
    }

    [Fact]
    public void The_quarter_counts_volumes_timeliness_outcomes_advocacy_and_compliments_with_suppression()
    {
        var complaints = Enumerable.Range(0, 6).Select(index =>
        {
            var complaint = Complaint.Receive(
                new ComplaintIntake(Day("2024-04-08"), Channel.Email, new Complainant(index == 0 ? ComplainantKind.ChildOrYoungPerson : ComplainantKind.Parent, null, false, null),
                    "fostering", "Communication", "Summary", ["Point"], null, null),
                ProcedureTimescales.Statutory2006,
                CalendarRegion.EnglandAndWales,
                Now);
            if (index == 0)
            {
                complaint.RecordAdvocacyOffer(new AdvocacyOffer(Day("2024-04-08"), AdvocacyAnswer.Accepted, "Advocacy service"));
            }

            // Due 22 April; the last one answers late.
            complaint.RespondToStage(Day(index < 5 ? "2024-04-19" : "2024-04-26"), new Dictionary<int, Finding> { [1] = index < 3 ? Finding.Upheld : Finding.NotUpheld }, null, Now);
            return complaint;
        }).ToList();
        var compliments = new[] { Compliment.Receive(Day("2024-05-01"), Audience.FosterCarer, Channel.Letter, "fostering", "Thank you", DateTimeOffset.UtcNow) };

        var report = ComplaintsReportBuilder.Build(ReportPeriod.Quarter(2024, 1), complaints, compliments);

        Assert.Equal(new CountFigure(6, null), report.Received);
        Assert.Equal(new CountFigure(6, null), report.ReceivedByServiceArea["fostering"]);
        Assert.Equal(new CountFigure(null, Suppression.Small), report.ReceivedByComplainant["child-or-young-person"]);
        // Six in all with one child: showing the five parents would give the child away, so they are suppressed too.
        Assert.Equal(new CountFigure(null, Suppression.Protecting), report.ReceivedByComplainant["parent"]);
        var stage1 = report.Stages[0];
        Assert.Equal(new CountFigure(6, null), stage1.Responded);
        Assert.Equal(new PercentageFigure(83.3, null), stage1.PercentWithinTimescale);
        Assert.Equal(new CountFigure(null, Suppression.Small), stage1.Outcomes["upheld"]);
        Assert.Equal(new CountFigure(null, Suppression.Small), stage1.Outcomes["not-upheld"]);
        Assert.Equal(new CountFigure(null, Suppression.Small), report.Advocacy.ChildComplainants);
        Assert.Equal(new CountFigure(null, Suppression.Small), report.Compliments);
        Assert.Equal(new CountFigure(0, null), report.Stages[1].Started);
    }
}
