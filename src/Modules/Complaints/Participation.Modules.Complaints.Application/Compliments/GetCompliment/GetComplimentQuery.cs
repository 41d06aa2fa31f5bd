using Mediator;

namespace Participation.Modules.Complaints.Application.Compliments.GetCompliment;

/// <summary>One compliment.</summary>
public sealed record GetComplimentQuery(Guid Id) : IQuery<ComplimentResponse>;
