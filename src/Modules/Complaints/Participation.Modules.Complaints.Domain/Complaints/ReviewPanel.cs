using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>
/// Stage 3: a review panel of three independent people, with three clocks in turn: the panel meets within 30 working
/// days of the request, reports within 5 of meeting, and the authority responds within 15 of the report.
/// </summary>
public sealed class ReviewPanel
{
    internal ReviewPanel(DateOnly requestedOn, IReadOnlyList<string> members, WorkingDayDeadline panelDeadline)
    {
        RequestedOn = requestedOn;
        Members = members;
        PanelDeadline = panelDeadline;
    }

    // For the persistence layer.
    private ReviewPanel()
    {
    }

    /// <summary>When the complainant asked for the panel.</summary>
    public DateOnly RequestedOn { get; private set; }

    /// <summary>The three independent panel members.</summary>
    public IReadOnlyList<string> Members { get; private set; } = [];

    /// <summary>When the panel must meet by.</summary>
    public WorkingDayDeadline PanelDeadline { get; private set; } = null!;

    /// <summary>When the panel met.</summary>
    public DateOnly? HeldOn { get; private set; }

    /// <summary>When the report is due, once the panel has met.</summary>
    public WorkingDayDeadline? ReportDeadline { get; private set; }

    /// <summary>When the report was issued.</summary>
    public DateOnly? ReportIssuedOn { get; private set; }

    /// <summary>When the authority's response is due, once the report is issued.</summary>
    public WorkingDayDeadline? ResponseDeadline { get; private set; }

    /// <summary>When the authority responded.</summary>
    public DateOnly? RespondedOn { get; private set; }

    /// <summary>When a step was first found past its due date (any of the three); set once.</summary>
    public DateOnly? OverdueOn { get; private set; }

    /// <summary>Whether the authority answered the panel on or before the response's due date.</summary>
    public bool? WithinTimescale => RespondedOn is { } respondedOn ? respondedOn <= ResponseDeadline!.DueDate : null;

    /// <summary>The date the next step is due, or null when the stage is complete.</summary>
    public DateOnly? CurrentDueDate =>
        HeldOn is null ? PanelDeadline.DueDate
        : ReportIssuedOn is null ? ReportDeadline!.DueDate
        : RespondedOn is null ? ResponseDeadline!.DueDate
        : null;

    internal void Held(DateOnly heldOn, CalendarRegion region)
    {
        HeldOn = heldOn;
        ReportDeadline = WorkingDays.Deadline(heldOn, Timescales.PanelReportWorkingDays, region);
    }

    internal void Reported(DateOnly issuedOn, CalendarRegion region)
    {
        ReportIssuedOn = issuedOn;
        ResponseDeadline = WorkingDays.Deadline(issuedOn, Timescales.PanelResponseWorkingDays, region);
    }

    internal void Responded(DateOnly respondedOn) => RespondedOn = respondedOn;

    internal bool MarkOverdue(DateOnly today)
    {
        if (OverdueOn is not null || CurrentDueDate is not { } due || due >= today)
        {
            return false;
        }

        OverdueOn = today;
        return true;
    }
}
