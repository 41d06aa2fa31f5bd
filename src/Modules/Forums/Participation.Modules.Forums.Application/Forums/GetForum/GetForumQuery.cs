using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Forums.Application.Forums.GetForum;

/// <summary>One forum with its figures, versioned.</summary>
public sealed record GetForumQuery(Guid Id) : IQuery<Versioned<ForumOverview>>;
