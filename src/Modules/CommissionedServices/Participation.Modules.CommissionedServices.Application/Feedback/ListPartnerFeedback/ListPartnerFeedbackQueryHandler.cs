using FluentValidation;
using FluentValidation.Results;
using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Feedback.ListPartnerFeedback;

internal sealed class ListPartnerFeedbackQueryHandler(IFeedbackStore store) : IQueryHandler<ListPartnerFeedbackQuery, Page<FeedbackItemResponse>>
{
    public async ValueTask<Page<FeedbackItemResponse>> Handle(ListPartnerFeedbackQuery query, CancellationToken cancellationToken)
    {
        var items = await store.ListAsync(new ProviderId(query.ProviderId), Paging.DecodeId(query.Cursor), query.PageSize + 1, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("cursor", Paging.CursorNotIssued)]);
        var page = Paging.ToPage(items, query.PageSize, item => item.Id.ToString());
        return new Page<FeedbackItemResponse>([.. page.Items.Select(item => item.Adapt<FeedbackItemResponse>(Mappings.Config))], page.NextCursor);
    }
}
