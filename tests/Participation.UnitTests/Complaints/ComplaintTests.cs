using System.Globalization;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.UnitTests.Complaints;

public sealed class ComplaintTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static DateOnly Day(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    private static ComplaintIntake Intake(string receivedOn, ComplainantKind kind = ComplainantKind.Parent, bool onBehalf = false, bool? childAgrees = null, string? groundsOn = null, string? lateReason = null) =>
        new(Day(receivedOn), Channel.Email, new Complainant(kind, "CASE-123", onBehalf, childAgrees), "fostering", "Communication", "Not kept informed",
            ["No call back", "Missed visit"], groundsOn is null ? null : Day(groundsOn), lateReason);

    private static readonly ProcedureTimescales Statutory = ProcedureTimescales.Statutory2006;

    private static Complaint Receive(string receivedOn, CalendarRegion region = CalendarRegion.EnglandAndWales, ComplainantKind kind = ComplainantKind.Parent) =>
        Complaint.Receive(Intake(receivedOn, kind), Statutory, region, Now);

    private static string Broken(Action action) => Assert.Throws<BusinessRuleValidationException>(action).Code;

    [Theory]
    [InlineData("2024-03-28", "2024-03-28", "2024-04-15")] // Maundy Thursday
    [InlineData("2024-12-24", "2024-12-24", "2025-01-10")] // Christmas Eve
    [InlineData("2024-06-08", "2024-06-10", "2024-06-24")] // a Saturday
    [InlineData("2022-06-01", "2022-06-01", "2022-06-17")] // across the Platinum Jubilee
    [InlineData("2022-09-15", "2022-09-15", "2022-09-30")] // across the state funeral
    [InlineData("2021-12-31", "2021-12-31", "2022-01-17")] // New Year's Day substitute
    public void Stage_1_is_due_ten_working_days_after_the_start_in_England(string received, string start, string due)
    {
        var complaint = Receive(received);

        Assert.Equal(Day(start), complaint.Stage1.Deadline.StartDate);
        Assert.Equal(Day(due), complaint.Stage1.DueDate);
        Assert.Equal(10, complaint.Stage1.Deadline.WorkingDays);
    }

    [Theory]
    [InlineData("2021-12-31", "2022-01-18")] // 3 and 4 January 2022 are both Scottish holidays
    [InlineData("2024-11-28", "2024-12-13")] // St Andrew's Day observed Monday 2 December
    public void In_Scotland_the_Scottish_holidays_count(string received, string due)
    {
        Assert.Equal(Day(due), Receive(received, CalendarRegion.Scotland).Stage1.DueDate);
    }

    [Fact]
    public void A_complaint_more_than_12_months_after_its_grounds_needs_a_recorded_decision()
    {
        Assert.Equal("complaints.late-without-decision", Broken(() => Complaint.Receive(Intake("2026-11-20", groundsOn: "2025-10-01"), Statutory, CalendarRegion.EnglandAndWales, Now)));

        var accepted = Complaint.Receive(Intake("2026-11-20", groundsOn: "2025-10-01", lateReason: "The child only recently felt able to raise it"), Statutory, CalendarRegion.EnglandAndWales, Now);
        Assert.Equal("The child only recently felt able to raise it", accepted.LateAcceptanceReason);
    }

    [Fact]
    public void A_complaint_on_a_childs_behalf_records_whether_the_child_agrees()
    {
        Assert.Equal("complaints.child-agreement-unrecorded", Broken(() => Complaint.Receive(Intake("2026-11-20", ComplainantKind.Advocate, onBehalf: true), Statutory, CalendarRegion.EnglandAndWales, Now)));
    }

    [Fact]
    public void A_complaint_cannot_be_received_in_the_future()
    {
        Assert.Equal("complaints.received-in-future", Broken(() => Receive("2026-12-01")));
    }

    [Fact]
    public void A_complaint_received_today_is_recorded_in_the_first_hour_of_a_british_summer_day()
    {
        // 00:30 BST on 2 June 2026 is still 1 June in UTC.
        var halfPastMidnight = new DateTimeOffset(2026, 6, 1, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(Day("2026-06-02"), Complaint.Receive(Intake("2026-06-02"), Statutory, CalendarRegion.EnglandAndWales, halfPastMidnight).ReceivedOn);
        Assert.Equal("complaints.received-in-future", Broken(() => Complaint.Receive(Intake("2026-06-03"), Statutory, CalendarRegion.EnglandAndWales, halfPastMidnight)));
    }

    [Fact]
    public void Stage_1_extends_once_to_at_most_20_working_days_decided_before_the_due_date()
    {
        var complaint = Receive("2024-03-28");

        Assert.Equal("complaints.extension-over-maximum", Broken(() => complaint.ExtendStage(21, "Complex", Day("2024-04-02"), Statutory, CalendarRegion.EnglandAndWales)));
        Assert.Equal("complaints.extension-over-maximum", Broken(() => complaint.ExtendStage(10, "Not an extension", Day("2024-04-02"), Statutory, CalendarRegion.EnglandAndWales)));
        Assert.Equal("complaints.extension-after-due-date", Broken(() => complaint.ExtendStage(20, "Too late", Day("2024-04-16"), Statutory, CalendarRegion.EnglandAndWales)));

        complaint.ExtendStage(20, "Several services involved", Day("2024-04-15"), Statutory, CalendarRegion.EnglandAndWales);

        Assert.Equal(Day("2024-04-29"), complaint.Stage1.DueDate);
        Assert.Equal(Day("2024-04-15"), complaint.Stage1.Deadline.DueDate);
        Assert.Equal("complaints.already-extended", Broken(() => complaint.ExtendStage(15, "Again", Day("2024-04-03"), Statutory, CalendarRegion.EnglandAndWales)));
    }

    [Fact]
    public void A_child_must_be_offered_an_advocate_before_the_response()
    {
        var complaint = Receive("2024-03-28", kind: ComplainantKind.ChildOrYoungPerson);
        var findings = new Dictionary<int, Finding> { [1] = Finding.Upheld, [2] = Finding.NotUpheld };

        Assert.Equal("complaints.advocacy-not-offered", Broken(() => complaint.RespondToStage(Day("2024-04-10"), findings, "Apology", Now)));

        complaint.RecordAdvocacyOffer(new AdvocacyOffer(Day("2024-03-28"), AdvocacyAnswer.Declined, null));
        complaint.RespondToStage(Day("2024-04-10"), findings, "Apology", Now);

        Assert.Equal(ComplaintStatus.Stage1Responded, complaint.Status);
        Assert.Equal(Finding.PartlyUpheld, complaint.Stage1.Outcome);
        Assert.True(complaint.Stage1.WithinTimescale);
    }

    [Fact]
    public void A_response_has_a_finding_for_every_point_is_not_dated_before_receipt_and_is_given_once()
    {
        var complaint = Receive("2024-03-28");

        Assert.Equal("complaints.findings-incomplete", Broken(() => complaint.RespondToStage(Day("2024-04-10"), new Dictionary<int, Finding> { [1] = Finding.Upheld }, null, Now)));
        Assert.Equal("complaints.before-receipt", Broken(() => complaint.RespondToStage(Day("2024-03-27"), new Dictionary<int, Finding> { [1] = Finding.Upheld, [2] = Finding.Upheld }, null, Now)));

        complaint.RespondToStage(Day("2024-04-16"), new Dictionary<int, Finding> { [1] = Finding.Upheld, [2] = Finding.Upheld }, null, Now);

        Assert.False(complaint.Stage1.WithinTimescale);
        Assert.Equal(Finding.Upheld, complaint.Stage1.Outcome);
        Assert.Equal("complaints.stage-not-open", Broken(() => complaint.RespondToStage(Day("2024-04-17"), new Dictionary<int, Finding> { [1] = Finding.Upheld, [2] = Finding.Upheld }, null, Now)));
        Assert.Equal("complaints.stage-not-open", Broken(() => complaint.ExtendStage(20, "After the response", Day("2024-04-10"), Statutory, CalendarRegion.EnglandAndWales)));
    }

    private static Complaint AnsweredAtStage1(string receivedOn, string respondedOn)
    {
        var complaint = Receive(receivedOn);
        complaint.RespondToStage(Day(respondedOn), new Dictionary<int, Finding> { [1] = Finding.NotUpheld, [2] = Finding.NotUpheld }, null, Now);
        return complaint;
    }

    [Fact]
    public void Stage_2_cannot_start_before_a_stage_1_response()
    {
        var complaint = Receive("2024-03-28");

        Assert.Equal("complaints.stage1-not-answered", Broken(() => complaint.EscalateToStage2(new Stage2Request(Day("2024-04-20"), null, "Officer", "Independent"), Statutory, CalendarRegion.EnglandAndWales)));
    }

    [Fact]
    public void Stage_2_is_asked_for_within_20_working_days_of_the_stage_1_response_or_with_a_reason()
    {
        // Stage 1 answered Thursday 2 May 2024; neither the early May (6 May) nor the spring (27 May) bank holiday
        // counts, so day 20 is Monday 3 June.
        var inTime = AnsweredAtStage1("2024-04-22", "2024-05-02");
        inTime.EscalateToStage2(new Stage2Request(Day("2024-06-03"), null, "Officer", "Independent"), Statutory, CalendarRegion.EnglandAndWales);
        Assert.Equal(ComplaintStatus.Stage2, inTime.Status);

        var late = AnsweredAtStage1("2024-04-22", "2024-05-02");
        Assert.Equal("complaints.late-escalation", Broken(() => late.EscalateToStage2(new Stage2Request(Day("2024-06-04"), null, "Officer", "Independent"), Statutory, CalendarRegion.EnglandAndWales)));
        late.EscalateToStage2(new Stage2Request(Day("2024-06-04"), "The family was abroad", "Officer", "Independent"), Statutory, CalendarRegion.EnglandAndWales);
        Assert.Equal("The family was abroad", late.Escalation!.LateRequestReason);
    }

    [Fact]
    public void Stage_2_runs_25_working_days_extendable_to_65_and_is_answered_with_an_adjudication()
    {
        var complaint = AnsweredAtStage1("2024-11-01", "2024-11-08");
        complaint.EscalateToStage2(new Stage2Request(Day("2024-12-02"), null, "Officer", "Independent"), Statutory, CalendarRegion.EnglandAndWales);

        // 25 working days from Monday 2 December 2024, skipping Christmas, Boxing Day and New Year's Day.
        Assert.Equal(Day("2025-01-09"), complaint.Stage2!.DueDate);
        Assert.Equal("complaints.extension-over-maximum", Broken(() => complaint.ExtendStage(66, "Too long", Day("2024-12-10"), Statutory, CalendarRegion.EnglandAndWales)));
        complaint.ExtendStage(65, "Records from three services", Day("2025-01-09"), Statutory, CalendarRegion.EnglandAndWales);
        Assert.Equal(WorkingDays.AddWorkingDays(Day("2024-12-02"), 65, CalendarRegion.EnglandAndWales), complaint.Stage2.DueDate);

        Assert.Equal("complaints.adjudication-required", Broken(() => complaint.RespondToStage(Day("2025-02-20"), new Dictionary<int, Finding> { [1] = Finding.Upheld, [2] = Finding.NotUpheld }, " ", Now)));
        complaint.RespondToStage(Day("2025-02-20"), new Dictionary<int, Finding> { [1] = Finding.Upheld, [2] = Finding.NotUpheld }, "The director agrees the placement move breached the plan", Now);

        Assert.Equal(ComplaintStatus.Stage2Responded, complaint.Status);
        Assert.Equal(Finding.PartlyUpheld, complaint.Stage2!.Outcome);
        Assert.Equal(Finding.NotUpheld, complaint.Stage1.Outcome);
        Assert.True(complaint.Stage2!.WithinTimescale);
    }

    [Fact]
    public void Stage_3_goes_panel_report_response_on_its_three_clocks_and_names_the_Ombudsman()
    {
        var complaint = AnsweredAtStage1("2024-04-22", "2024-05-02");
        complaint.EscalateToStage2(new Stage2Request(Day("2024-05-31"), null, "Officer", "Independent"), Statutory, CalendarRegion.EnglandAndWales);
        Assert.Equal("complaints.stage2-not-answered", Broken(() => complaint.RequestReviewPanel(Day("2024-06-10"), ["A", "B", "C"], Statutory, CalendarRegion.EnglandAndWales)));
        complaint.RespondToStage(Day("2024-07-01"), new Dictionary<int, Finding> { [1] = Finding.NotUpheld, [2] = Finding.NotUpheld }, "Adjudication", Now);

        Assert.Equal("complaints.panel-of-three", Broken(() => complaint.RequestReviewPanel(Day("2024-07-08"), ["A", "B", "b"], Statutory, CalendarRegion.EnglandAndWales)));
        // Regulation 19(3): the stage 2 independent person cannot sit on the panel.
        Assert.Equal("complaints.independent-person-on-panel", Broken(() => complaint.RequestReviewPanel(Day("2024-07-08"), ["A", "B", " independent "], Statutory, CalendarRegion.EnglandAndWales)));
        complaint.RequestReviewPanel(Day("2024-07-08"), ["A", "B", "C"], Statutory, CalendarRegion.EnglandAndWales);
        Assert.Equal(Day("2024-08-19"), complaint.OpenDueDate);
        Assert.Equal("complaints.panel-step-out-of-order", Broken(() => complaint.RecordPanelReport(Day("2024-08-10"), CalendarRegion.EnglandAndWales)));
        Assert.Equal("complaints.panel-step-out-of-order", Broken(() => complaint.ExtendStage(40, "No", Day("2024-07-10"), Statutory, CalendarRegion.EnglandAndWales)));

        complaint.RecordPanelHeld(Day("2024-08-15"), CalendarRegion.EnglandAndWales);
        Assert.Equal(Day("2024-08-22"), complaint.OpenDueDate);
        complaint.RecordPanelReport(Day("2024-08-22"), CalendarRegion.EnglandAndWales);
        // 15 working days, skipping the summer bank holiday on 26 August.
        Assert.Equal(Day("2024-09-13"), complaint.OpenDueDate);

        Assert.Equal("complaints.ombudsman-not-named", Broken(() => complaint.RespondToReviewPanel(Day("2024-09-10"), namesOmbudsman: false, Now)));
        complaint.RespondToReviewPanel(Day("2024-09-10"), namesOmbudsman: true, Now);

        Assert.Equal(ComplaintStatus.Stage3Responded, complaint.Status);
        Assert.True(complaint.Stage3!.WithinTimescale);
        Assert.Null(complaint.OpenDueDate);
    }

    [Fact]
    public void A_withdrawn_complaint_no_longer_changes()
    {
        var complaint = Receive("2024-03-28");

        complaint.Withdraw(Day("2024-04-02"));

        Assert.Equal(ComplaintStatus.Withdrawn, complaint.Status);
        Assert.False(complaint.IsOverdue(Day("2025-01-01")));
        Assert.Equal("complaints.closed", Broken(() => complaint.RecordAdvocacyOffer(new AdvocacyOffer(Day("2024-04-03"), null, null))));
        Assert.Equal("complaints.closed", Broken(() => complaint.RespondToStage(Day("2024-04-03"), new Dictionary<int, Finding> { [1] = Finding.Upheld, [2] = Finding.Upheld }, null, Now)));
        Assert.Equal("complaints.ombudsman-step-out-of-order", Broken(() => complaint.ReferToOmbudsman(Day("2024-05-01"))));
    }

    [Fact]
    public void A_complaint_closes_after_a_response_and_then_goes_to_the_Ombudsman_step_by_step()
    {
        var open = Receive("2024-03-28");
        Assert.Equal("complaints.close-unanswered", Broken(() => open.Close(Day("2024-04-02"))));

        var complaint = AnsweredAtStage1("2024-03-28", "2024-04-10");
        complaint.Close(Day("2024-04-11"));
        Assert.Equal("complaints.closed", Broken(() => complaint.EscalateToStage2(new Stage2Request(Day("2024-04-12"), null, "Officer", "Independent"), Statutory, CalendarRegion.EnglandAndWales)));
        Assert.Equal("complaints.ombudsman-step-out-of-order", Broken(() => complaint.RecordOmbudsmanDecision(Day("2024-09-01"), OmbudsmanDecision.Fault, null, null)));

        complaint.ReferToOmbudsman(Day("2024-06-01"));
        complaint.RecordOmbudsmanEnquiry(Day("2024-06-20"));
        complaint.RecordOmbudsmanDecision(Day("2024-09-01"), OmbudsmanDecision.FaultCausingInjustice, "Apology and £300", Day("2024-10-01"));
        complaint.RecordOmbudsmanRemedyCompleted(Day("2024-09-20"));

        Assert.Equal(OmbudsmanDecision.FaultCausingInjustice, complaint.Ombudsman!.Decision);
        Assert.Equal("complaints.ombudsman-step-out-of-order", Broken(() => complaint.ReferToOmbudsman(Day("2024-10-01"))));
    }

    [Fact]
    public void An_open_stage_2_is_marked_overdue_once()
    {
        var complaint = AnsweredAtStage1("2024-11-01", "2024-11-08");
        complaint.EscalateToStage2(new Stage2Request(Day("2024-12-02"), null, "Officer", "Independent"), Statutory, CalendarRegion.EnglandAndWales);

        Assert.True(complaint.MarkOverdue(Day("2025-01-10"), Now));
        Assert.False(complaint.MarkOverdue(Day("2025-01-11"), Now));
        Assert.Equal(2, complaint.DomainEvents.OfType<ComplaintStageOverdueDomainEvent>().Single().Stage);
    }

    [Fact]
    public void A_stage_is_marked_overdue_once_and_raises_one_event()
    {
        var complaint = Receive("2024-03-28");

        Assert.False(complaint.MarkOverdue(Day("2024-04-15"), Now));
        Assert.True(complaint.MarkOverdue(Day("2024-04-16"), Now));
        Assert.False(complaint.MarkOverdue(Day("2024-04-17"), Now));

        Assert.Single(complaint.DomainEvents.OfType<ComplaintStageOverdueDomainEvent>());
    }

    [Fact]
    public void Under_the_SPSO_model_the_frontline_is_5_working_days_unextended_and_there_is_no_review_panel()
    {
        var spso = ProcedureTimescales.SpsoModel;
        var complaint = Complaint.Receive(Intake("2024-11-28"), spso, CalendarRegion.Scotland, Now);

        // St Andrew's Day observed Monday 2 December is not a working day.
        Assert.Equal(Day("2024-12-06"), complaint.Stage1.DueDate);
        Assert.Equal(ComplaintProcedure.SpsoModel, complaint.Procedure);
        Assert.Equal("complaints.extension-over-maximum", Broken(() => complaint.ExtendStage(10, "Busy", Day("2024-11-29"), spso, CalendarRegion.Scotland)));

        complaint.RespondToStage(Day("2024-12-05"), new Dictionary<int, Finding> { [1] = Finding.NotUpheld, [2] = Finding.NotUpheld }, null, Now);
        // No 20-working-day window: a request months later is an investigation all the same.
        complaint.EscalateToStage2(new Stage2Request(Day("2025-04-01"), null, "Investigator", "Independent"), spso, CalendarRegion.Scotland);
        Assert.Equal(WorkingDays.AddWorkingDays(Day("2025-04-01"), 20, CalendarRegion.Scotland), complaint.Stage2!.DueDate);
        complaint.ExtendStage(40, "Agreed with the complainant: records held by three agencies", Day("2025-04-10"), spso, CalendarRegion.Scotland);
        complaint.RespondToStage(Day("2025-05-20"), new Dictionary<int, Finding> { [1] = Finding.Upheld, [2] = Finding.Upheld }, null, Now);

        Assert.Equal("complaints.no-review-panel", Broken(() => complaint.RequestReviewPanel(Day("2025-06-01"), ["A", "B", "C"], spso, CalendarRegion.Scotland)));
        Assert.Throws<ArgumentException>(() => complaint.RequestReviewPanel(Day("2025-06-01"), ["A", "B", "C"], Statutory, CalendarRegion.Scotland));
    }

    [Fact]
    public void Under_the_SPSO_model_an_investigation_is_acknowledged_within_3_working_days_with_its_own_overdue_mark()
    {
        var spso = ProcedureTimescales.SpsoModel;
        var complaint = Complaint.Receive(Intake("2024-11-28"), spso, CalendarRegion.Scotland, Now);
        complaint.RespondToStage(Day("2024-12-05"), new Dictionary<int, Finding> { [1] = Finding.NotUpheld, [2] = Finding.NotUpheld }, null, Now);
        Assert.Equal("complaints.acknowledgement-out-of-order", Broken(() => complaint.AcknowledgeStage2(Day("2024-12-06"))));

        // Requested on Christmas Eve: Christmas Day and Boxing Day are not working days, so the third is 31 December.
        complaint.EscalateToStage2(new Stage2Request(Day("2024-12-24"), null, "Investigator", "Independent"), spso, CalendarRegion.Scotland);
        Assert.Equal(Day("2024-12-31"), complaint.Stage2Acknowledgement!.Deadline.DueDate);

        Assert.False(complaint.MarkOverdue(Day("2024-12-31"), Now));
        Assert.True(complaint.MarkOverdue(Day("2025-01-07"), Now));
        Assert.Equal(Day("2025-01-07"), complaint.Stage2Acknowledgement.OverdueOn);
        Assert.Null(complaint.Stage2!.OverdueOn);
        Assert.Empty(complaint.DomainEvents.OfType<ComplaintStageOverdueDomainEvent>());
        Assert.False(complaint.MarkOverdue(Day("2025-01-08"), Now));

        complaint.AcknowledgeStage2(Day("2025-01-07"));
        Assert.Equal("complaints.acknowledgement-out-of-order", Broken(() => complaint.AcknowledgeStage2(Day("2025-01-08"))));
    }

    [Fact]
    public void The_2006_procedure_has_no_acknowledgement_clock()
    {
        var complaint = Receive("2024-03-28");
        complaint.RecordAdvocacyOffer(new AdvocacyOffer(Day("2024-03-28"), AdvocacyAnswer.Declined, null));
        complaint.RespondToStage(Day("2024-04-10"), new Dictionary<int, Finding> { [1] = Finding.Upheld, [2] = Finding.Upheld }, "Apology", Now);
        complaint.EscalateToStage2(new Stage2Request(Day("2024-04-12"), null, "Officer", "Independent"), Statutory, CalendarRegion.EnglandAndWales);

        Assert.Null(complaint.Stage2Acknowledgement);
        Assert.Equal("complaints.acknowledgement-out-of-order", Broken(() => complaint.AcknowledgeStage2(Day("2024-04-13"))));
    }

    [Fact]
    public void Overdue_means_open_and_past_its_due_date()
    {
        var complaint = Receive("2024-03-28");

        Assert.False(complaint.IsOverdue(Day("2024-04-15")));
        Assert.True(complaint.IsOverdue(Day("2024-04-16")));
    }
}
