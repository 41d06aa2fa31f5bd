using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Feedback.GetPartnerFeedback;

internal sealed class GetPartnerFeedbackQueryHandler(IFeedbackStore store) : IQueryHandler<GetPartnerFeedbackQuery, FeedbackItemResponse>
{
    public async ValueTask<FeedbackItemResponse> Handle(GetPartnerFeedbackQuery query, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(new ProviderId(query.ProviderId), query.Id, cancellationToken)
            ?? throw new NotFoundException("feedback item", query.Id);
        return item.Adapt<FeedbackItemResponse>(Mappings.Config);
    }
}
