namespace Participation.Modules.Forums.Application;

/// <summary>How long the unpaged lists may grow: a forum's members and meetings, the action plan.</summary>
public static class ListLimits
{
    /// <summary>More members or meetings than one forum has, or rows than a strategy's plan.</summary>
    public const int AtMost = 500;
}
