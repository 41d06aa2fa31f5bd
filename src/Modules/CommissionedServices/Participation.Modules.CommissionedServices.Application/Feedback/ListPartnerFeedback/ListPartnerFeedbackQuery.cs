using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.CommissionedServices.Application.Feedback.ListPartnerFeedback;

/// <summary>The provider's own feedback items in the order accepted, a page at a time.</summary>
public sealed record ListPartnerFeedbackQuery(Guid ProviderId, int PageSize, string? Cursor) : IQuery<Page<FeedbackItemResponse>>;
