using System.Globalization;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Surveys.Application.ClosedCases.ListClosures;

internal sealed class ListClosuresQueryHandler(ICaseClosureRepository closures) : IQueryHandler<ListClosuresQuery, Page<CaseClosureResponse>>
{
    public async ValueTask<Page<CaseClosureResponse>> Handle(ListClosuresQuery query, CancellationToken cancellationToken)
    {
        var rows = await closures.ListAsync(query.Letter, query.CallListOnly, Paging.DecodeId(query.Cursor), query.PageSize + 1, cancellationToken);
        return Paging.ToPage([.. rows.Select(closure => CaseClosureResponse.Of(closure, withContact: true))], query.PageSize, closure => closure.Id.ToString("D", CultureInfo.InvariantCulture));
    }
}
