using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Forums;

/// <summary>A forum as recorded.</summary>
/// <param name="Id">The forum's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of group it is.</param>
/// <param name="TermsOfReference">Its purpose and remit.</param>
/// <param name="Audiences">Who it speaks for, main audience first.</param>
/// <param name="Cohorts">The priority cohorts it represents.</param>
/// <param name="Cadence">How often it meets.</param>
/// <param name="LeadOfficer">The officer who runs it.</param>
/// <param name="Active">False once closed.</param>
/// <param name="ClosedOn">The day it was closed.</param>
public sealed record ForumResponse(
    Guid Id,
    [property: MaxLength(TextLengths.Name)] string Name,
    ForumKind Kind,
    [property: MaxLength(TextLengths.LongStatement)] string TermsOfReference,
    [property: MaxLength(ForumDetailsValidator.MaxAudiences)] IReadOnlyList<Audience> Audiences,
    [property: MaxLength(ListLengths.Cohorts)] IReadOnlyList<PriorityCohort> Cohorts,
    Cadence Cadence,
    [property: MaxLength(TextLengths.Name)] string LeadOfficer,
    bool Active,
    DateOnly? ClosedOn)
{
    /// <summary>The forum as the API shows it.</summary>
    public static ForumResponse From(Forum forum)
    {
        ArgumentNullException.ThrowIfNull(forum);
        return new ForumResponse(forum.Id.Value, forum.Name, forum.Kind, forum.TermsOfReference, forum.Audiences, forum.Cohorts, forum.Cadence, forum.LeadOfficer, forum.ClosedOn is null, forum.ClosedOn);
    }
}

/// <summary>A forum with how it is doing: membership, cadence and the loop-closure figures that are its headline.</summary>
/// <param name="Forum">The forum.</param>
/// <param name="CurrentMembers">Members who have not left.</param>
/// <param name="LastMetOn">The day of its latest meeting; null if it has not met.</param>
/// <param name="NextMeetingDueBy">The last day its next meeting may be held by its cadence; null if it has not met or is closed.</param>
/// <param name="MeetingOverdue">Whether that day has passed with no meeting: the forum has missed its cadence.</param>
/// <param name="Loop">Of every item it raised, how many were reported back and how long that took.</param>
public sealed record ForumOverview(ForumResponse Forum, int CurrentMembers, DateOnly? LastMetOn, DateOnly? NextMeetingDueBy, bool MeetingOverdue, LoopClosure Loop);
