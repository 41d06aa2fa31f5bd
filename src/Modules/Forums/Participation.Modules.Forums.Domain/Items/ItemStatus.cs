namespace Participation.Modules.Forums.Domain.Items;

/// <summary>Where an item is in the "you said, we did" loop.</summary>
public enum ItemStatus
{
    /// <summary>Raised; no response yet.</summary>
    Open,

    /// <summary>A response is written but not yet reported back to the forum.</summary>
    Answered,

    /// <summary>The response was reported back at a later meeting: the loop is closed.</summary>
    Closed,
}

/// <summary>What the response says came of the item.</summary>
public enum ResponseOutcome
{
    /// <summary>Something changed.</summary>
    Changed,

    /// <summary>Nothing will change, and the response says why.</summary>
    NotChanged,

    /// <summary>What happens next, where the change takes longer.</summary>
    NextSteps,
}

/// <summary>Where an action is.</summary>
public enum ActionStatus
{
    /// <summary>Not done yet.</summary>
    Open,

    /// <summary>Done.</summary>
    Done,

    /// <summary>No longer needed.</summary>
    Cancelled,
}
