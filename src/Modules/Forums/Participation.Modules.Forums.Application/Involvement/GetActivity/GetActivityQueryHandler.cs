using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Application.Involvement.GetActivity;

internal sealed class GetActivityQueryHandler(IActivityRepository activities) : IQueryHandler<GetActivityQuery, Versioned<ActivityResponse>>
{
    public async ValueTask<Versioned<ActivityResponse>> Handle(GetActivityQuery query, CancellationToken cancellationToken)
    {
        var activity = await activities.LoadAsync(new InvolvementActivityId(query.Id), cancellationToken);
        return new Versioned<ActivityResponse>(ActivityResponse.From(activity), activity.Version);
    }
}
