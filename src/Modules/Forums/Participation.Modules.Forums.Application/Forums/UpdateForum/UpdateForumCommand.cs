using Mediator;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Forums.UpdateForum;

/// <summary>Replaces what is recorded about a forum the client read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record UpdateForumCommand(
    Guid Id,
    uint ExpectedVersion,
    string Name,
    ForumKind Kind,
    string TermsOfReference,
    IReadOnlyList<Audience> Audiences,
    IReadOnlyList<PriorityCohort> Cohorts,
    Cadence Cadence,
    string LeadOfficer) : ICommand, IForumDetailsCommand;
