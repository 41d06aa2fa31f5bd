using Mediator;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application.Members.UpdateMember;

/// <summary>Replaces what is recorded about a current member the client read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record UpdateMemberCommand(
    Guid ForumId,
    Guid Id,
    uint ExpectedVersion,
    string DisplayName,
    AgeBand AgeBand,
    Audience Audience,
    IReadOnlyList<PriorityCohort> Cohorts,
    string? ContactEmail,
    string? ContactPhone,
    int? AgeOutAt,
    DateOnly? AgeReviewOn,
    ConsentGiver ConsentGivenBy,
    DateOnly ConsentGivenOn) : ICommand, IMemberDetailsCommand;
