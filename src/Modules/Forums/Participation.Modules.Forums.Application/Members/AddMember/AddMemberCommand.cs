using Mediator;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application.Members.AddMember;

/// <summary>Adds a member to a forum, with the consent their age needs.</summary>
public sealed record AddMemberCommand(
    Guid ForumId,
    string DisplayName,
    AgeBand AgeBand,
    Audience Audience,
    IReadOnlyList<PriorityCohort> Cohorts,
    string? ContactEmail,
    string? ContactPhone,
    int? AgeOutAt,
    DateOnly? AgeReviewOn,
    ConsentGiver ConsentGivenBy,
    DateOnly ConsentGivenOn) : ICommand<Guid>, IMemberDetailsCommand;
