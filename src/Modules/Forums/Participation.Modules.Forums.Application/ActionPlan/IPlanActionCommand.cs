using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.ActionPlan;

/// <summary>The columns of an action plan row, as a command carries them.</summary>
public interface IPlanActionCommand
{
    /// <summary>What the council will do.</summary>
    string Action { get; }

    /// <summary>How it will do it.</summary>
    string How { get; }

    /// <summary>The resources it needs.</summary>
    string? Resources { get; }

    /// <summary>Who owns it.</summary>
    string Owner { get; }

    /// <summary>When it is due.</summary>
    DateOnly DueOn { get; }

    /// <summary>Where it is.</summary>
    ActionStatus Status { get; }

    /// <summary>What shows progress or completion.</summary>
    string? Evidence { get; }
}
