using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>
/// Stage 1 (local resolution) or stage 2 (investigation) of a complaint: its statutory clock with the one extension
/// the regulations allow, the response with its outcome across the points, and when it was first found overdue
/// (docs/domain/complaints.md#stage-1, #stage-2).
/// </summary>
public sealed class ComplaintStage
{
    internal ComplaintStage(WorkingDayDeadline deadline) => Deadline = deadline;

    // For the persistence layer, which sets the deadlines after construction.
    private ComplaintStage()
    {
    }

    /// <summary>The statutory deadline, with the rule that produced it.</summary>
    public WorkingDayDeadline Deadline { get; private set; } = null!;

    /// <summary>The extended deadline, if the stage was extended.</summary>
    public WorkingDayDeadline? Extended { get; private set; }

    /// <summary>Why it was extended.</summary>
    public string? ExtensionReason { get; private set; }

    /// <summary>When it was answered.</summary>
    public DateOnly? RespondedOn { get; private set; }

    /// <summary>What the answer offered: the remedy or action at stage 1, the senior manager's adjudication at stage 2.</summary>
    public string? Response { get; private set; }

    /// <summary>The outcome across the points: upheld if all were, not upheld if none was, otherwise partly upheld.</summary>
    public Finding? Outcome { get; private set; }

    /// <summary>When it was first found past its due date unanswered; set once, so the overdue event is published once.</summary>
    public DateOnly? OverdueOn { get; private set; }

    /// <summary>The date the response is due now: the extended date when there is one.</summary>
    public DateOnly DueDate => Extended?.DueDate ?? Deadline.DueDate;

    /// <summary>Whether it was answered on or before the due date in force (extended where extended).</summary>
    public bool? WithinTimescale => RespondedOn is { } respondedOn ? respondedOn <= DueDate : null;

    /// <summary>Whether it was answered on or before the statutory due date, before any extension.</summary>
    public bool? WithinStatutoryTimescale => RespondedOn is { } respondedOn ? respondedOn <= Deadline.DueDate : null;

    internal void Extend(WorkingDayDeadline extended, string reason)
    {
        Extended = extended;
        ExtensionReason = reason;
    }

    internal void Respond(DateOnly respondedOn, string? response, IReadOnlyCollection<Finding> findings)
    {
        RespondedOn = respondedOn;
        Response = response;
        Outcome = findings.All(finding => finding == Finding.Upheld) ? Finding.Upheld
            : findings.All(finding => finding == Finding.NotUpheld) ? Finding.NotUpheld
            : Finding.PartlyUpheld;
    }

    internal bool MarkOverdue(DateOnly today)
    {
        if (OverdueOn is not null || RespondedOn is not null || DueDate >= today)
        {
            return false;
        }

        OverdueOn = today;
        return true;
    }
}
