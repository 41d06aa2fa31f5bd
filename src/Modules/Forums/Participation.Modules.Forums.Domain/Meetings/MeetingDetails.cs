using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Forums.Domain.Meetings;

/// <summary>How many of one audience attended: counts, never names.</summary>
/// <param name="Audience">Who.</param>
/// <param name="Count">How many.</param>
public sealed record AttendanceCount(Audience Audience, [property: Range(0, AttendanceCount.Most)] int Count)
{
    /// <summary>More than a forum meeting holds.</summary>
    public const int Most = 500;
}

/// <summary>A senior officer or councillor at the meeting: the people with the power to act on what is said.</summary>
/// <param name="Role">Their role, e.g. deputy director of children's services.</param>
/// <param name="Name">Their name: they attend in a public capacity.</param>
public sealed record DecisionMaker([property: MaxLength(TextLengths.Name)] string Role, [property: MaxLength(TextLengths.Name)] string Name);

/// <summary>What an officer records about a meeting.</summary>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="Attendance">Who attended, by audience.</param>
/// <param name="DecisionMakers">The decision-makers present.</param>
/// <param name="HartRung">The meeting's rung on Hart's ladder.</param>
/// <param name="Lundy">The four Lundy questions.</param>
public sealed record MeetingDetails(
    DateOnly HeldOn,
    IReadOnlyList<AttendanceCount> Attendance,
    IReadOnlyList<DecisionMaker> DecisionMakers,
    int HartRung,
    LundyAssessment Lundy);
