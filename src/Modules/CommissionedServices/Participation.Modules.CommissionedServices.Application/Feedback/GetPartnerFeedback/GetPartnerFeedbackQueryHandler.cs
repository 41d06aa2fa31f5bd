using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Feedback.GetPartnerFeedback;

internal sealed class GetPartnerFeedbackQueryHandler(IFeedbackStore store) : IQueryHandler<GetPartnerFeedbackQuery, Versioned<FeedbackItemResponse>>
{
    public async ValueTask<Versioned<FeedbackItemResponse>> Handle(GetPartnerFeedbackQuery query, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(new ProviderId(query.ProviderId), query.Id, cancellationToken)
            ?? throw new NotFoundException("feedback item", query.Id);
        return new Versioned<FeedbackItemResponse>(item.Adapt<FeedbackItemResponse>(Mappings.Config), item.Version);
    }
}
