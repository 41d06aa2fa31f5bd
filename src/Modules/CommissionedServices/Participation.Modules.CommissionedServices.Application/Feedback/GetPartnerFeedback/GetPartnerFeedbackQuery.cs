using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.CommissionedServices.Application.Feedback.GetPartnerFeedback;

/// <summary>One of the provider's own feedback items, with its version.</summary>
public sealed record GetPartnerFeedbackQuery(Guid ProviderId, Guid Id) : IQuery<Versioned<FeedbackItemResponse>>;
