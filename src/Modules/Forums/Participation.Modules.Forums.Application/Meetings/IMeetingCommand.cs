using Participation.BuildingBlocks.Domain.Involvement;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Meetings;

/// <summary>What recording and correcting a meeting carry.</summary>
public interface IMeetingCommand
{
    /// <summary>The day it was held.</summary>
    DateOnly HeldOn { get; }

    /// <summary>Who attended, by audience.</summary>
    IReadOnlyList<AttendanceCount> Attendance { get; }

    /// <summary>The decision-makers present.</summary>
    IReadOnlyList<DecisionMaker> DecisionMakers { get; }

    /// <summary>The rung on Hart's ladder.</summary>
    int HartRung { get; }

    /// <summary>The Lundy questions.</summary>
    LundyAssessment Lundy { get; }
}

/// <summary>The details as the domain takes them.</summary>
internal static class MeetingCommands
{
    public static MeetingDetails ToDetails(this IMeetingCommand command) =>
        new(command.HeldOn, command.Attendance, [.. command.DecisionMakers.Select(maker => new DecisionMaker(maker.Role.Trim(), maker.Name.Trim()))], command.HartRung, command.Lundy);
}
