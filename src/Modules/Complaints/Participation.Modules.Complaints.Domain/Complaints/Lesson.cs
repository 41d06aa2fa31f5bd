namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>A lesson learned from a complaint and the action that follows from it: what changed because someone complained.</summary>
public sealed class Lesson
{
    private Lesson()
    {
    }

    internal Lesson(int number, string description, string action, string owner, DateOnly dueOn)
    {
        Number = number;
        Description = description;
        Action = action;
        Owner = owner;
        DueOn = dueOn;
    }

    /// <summary>1, 2, 3 … in the order recorded.</summary>
    public int Number { get; private set; }

    /// <summary>What was learned.</summary>
    public string Description { get; private set; } = null!;

    /// <summary>What will be done.</summary>
    public string Action { get; private set; } = null!;

    /// <summary>Who owns the action (a role or a team).</summary>
    public string Owner { get; private set; } = null!;

    /// <summary>When the action is due.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>When the action was completed.</summary>
    public DateOnly? CompletedOn { get; private set; }

    internal void Complete(DateOnly on) => CompletedOn = on;
}
