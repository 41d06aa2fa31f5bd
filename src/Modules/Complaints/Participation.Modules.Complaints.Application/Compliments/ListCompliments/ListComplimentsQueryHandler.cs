using System.Globalization;
using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Complaints.Application.Compliments.ListCompliments;

internal sealed class ListComplimentsQueryHandler(IComplimentRepository compliments) : IQueryHandler<ListComplimentsQuery, Page<ComplimentResponse>>
{
    public async ValueTask<Page<ComplimentResponse>> Handle(ListComplimentsQuery query, CancellationToken cancellationToken)
    {
        var rows = await compliments.ListAsync(
            new ComplimentFilter(query.ServiceArea, query.ReceivedFrom, query.ReceivedTo),
            Paging.DecodePosition(query.Cursor),
            query.PageSize + 1,
            cancellationToken);
        var page = Paging.ToPage(rows, query.PageSize, row => row.Position.ToString(CultureInfo.InvariantCulture));
        return new Page<ComplimentResponse>([.. page.Items.Select(row => row.Compliment.Adapt<ComplimentResponse>(Mappings.Config))], page.NextCursor);
    }
}
