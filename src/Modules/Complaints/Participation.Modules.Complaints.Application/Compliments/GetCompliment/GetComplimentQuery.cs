using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Complaints.Application.Compliments.GetCompliment;

/// <summary>One compliment with its version.</summary>
public sealed record GetComplimentQuery(Guid Id) : IQuery<Versioned<ComplimentResponse>>;
