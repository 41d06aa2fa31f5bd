using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>
/// A stage's statutory clock: the working-day deadline with the rule that produced it, and the one extension the
/// regulations allow, if taken.
/// </summary>
public sealed class StageClock
{
    internal StageClock(WorkingDayDeadline deadline) => Deadline = deadline;

    // For the persistence layer, which sets the deadlines after construction.
    private StageClock()
    {
    }

    /// <summary>The statutory deadline.</summary>
    public WorkingDayDeadline Deadline { get; private set; } = null!;

    /// <summary>The extended deadline, if the stage was extended.</summary>
    public WorkingDayDeadline? Extended { get; private set; }

    /// <summary>Why it was extended.</summary>
    public string? ExtensionReason { get; private set; }

    /// <summary>The date the response is due now: the extended date when there is one.</summary>
    public DateOnly DueDate => Extended?.DueDate ?? Deadline.DueDate;

    internal void Extend(WorkingDayDeadline extended, string reason)
    {
        Extended = extended;
        ExtensionReason = reason;
    }
}
