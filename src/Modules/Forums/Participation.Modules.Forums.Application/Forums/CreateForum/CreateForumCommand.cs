using Mediator;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Forums.CreateForum;

/// <summary>Records a new forum.</summary>
public sealed record CreateForumCommand(
    string Name,
    ForumKind Kind,
    string TermsOfReference,
    IReadOnlyList<Audience> Audiences,
    IReadOnlyList<PriorityCohort> Cohorts,
    Cadence Cadence,
    string LeadOfficer) : ICommand<Guid>, IForumDetailsCommand;
