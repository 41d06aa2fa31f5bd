using System.Globalization;
using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Feedback.ListPartnerFeedback;

internal sealed class ListPartnerFeedbackQueryHandler(IFeedbackStore store) : IQueryHandler<ListPartnerFeedbackQuery, Page<FeedbackItemResponse>>
{
    public async ValueTask<Page<FeedbackItemResponse>> Handle(ListPartnerFeedbackQuery query, CancellationToken cancellationToken)
    {
        var rows = await store.ListAsync(new ProviderId(query.ProviderId), Paging.DecodePosition(query.Cursor), query.PageSize + 1, cancellationToken);
        var page = Paging.ToPage(rows, query.PageSize, row => row.Position.ToString(CultureInfo.InvariantCulture));
        return new Page<FeedbackItemResponse>([.. page.Items.Select(row => row.Item.Adapt<FeedbackItemResponse>(Mappings.Config))], page.NextCursor);
    }
}
