using Mediator;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.ReviewReturn;

/// <summary>A commissioner accepts or returns the latest submission of a return read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record ReviewReturnCommand(Guid ProviderId, Guid ReturnId, uint ExpectedVersion, ReviewDecision Decision, IReadOnlyList<PrincipleRating> Ratings, string? Comments, string ReviewedBy) : ICommand;
