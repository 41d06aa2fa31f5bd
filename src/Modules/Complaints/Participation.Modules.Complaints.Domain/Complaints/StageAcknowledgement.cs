using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>
/// The acknowledgement an investigation owes the complainant before its answer, under procedures that set one (the
/// SPSO model: within 3 working days of the request; docs/domain/complaints.md#spso-model), with its own overdue mark.
/// </summary>
public sealed class StageAcknowledgement
{
    internal StageAcknowledgement(WorkingDayDeadline deadline) => Deadline = deadline;

    // For the persistence layer.
    private StageAcknowledgement()
    {
    }

    /// <summary>When the acknowledgement is due, with the rule that produced the date.</summary>
    public WorkingDayDeadline Deadline { get; private set; } = null!;

    /// <summary>When the complainant was sent it.</summary>
    public DateOnly? AcknowledgedOn { get; private set; }

    /// <summary>When it was first found past its due date unsent; set once.</summary>
    public DateOnly? OverdueOn { get; private set; }

    internal void Acknowledged(DateOnly on) => AcknowledgedOn = on;

    internal bool MarkOverdue(DateOnly today)
    {
        if (OverdueOn is not null || AcknowledgedOn is not null || Deadline.DueDate >= today)
        {
            return false;
        }

        OverdueOn = today;
        return true;
    }
}
