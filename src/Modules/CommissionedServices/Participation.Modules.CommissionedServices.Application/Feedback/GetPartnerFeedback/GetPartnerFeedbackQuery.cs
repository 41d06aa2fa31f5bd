using Mediator;

namespace Participation.Modules.CommissionedServices.Application.Feedback.GetPartnerFeedback;

/// <summary>One of the provider's own feedback items.</summary>
public sealed record GetPartnerFeedbackQuery(Guid ProviderId, Guid Id) : IQuery<FeedbackItemResponse>;
