using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Forums.Application.Involvement.GetActivity;

/// <summary>One activity, versioned.</summary>
public sealed record GetActivityQuery(Guid Id) : IQuery<Versioned<ActivityResponse>>;
