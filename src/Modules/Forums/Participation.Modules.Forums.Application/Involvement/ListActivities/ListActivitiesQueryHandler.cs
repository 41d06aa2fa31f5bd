using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Involvement.ListActivities;

internal sealed class ListActivitiesQueryHandler(IActivityRepository activities) : IQueryHandler<ListActivitiesQuery, Page<ActivityResponse>>
{
    public async ValueTask<Page<ActivityResponse>> Handle(ListActivitiesQuery query, CancellationToken cancellationToken)
    {
        var rows = await activities.ListAsync(query.Kind, Paging.DecodeId(query.Cursor), query.PageSize + 1, cancellationToken);
        return Paging.ToPage([.. rows.Select(ActivityResponse.From)], query.PageSize, activity => activity.Id.ToString());
    }
}
