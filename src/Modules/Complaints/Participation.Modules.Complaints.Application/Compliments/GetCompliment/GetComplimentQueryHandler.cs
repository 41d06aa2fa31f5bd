using Participation.BuildingBlocks.Application.Persistence;
using Mapster;
using Mediator;
using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.Modules.Complaints.Application.Compliments.GetCompliment;

internal sealed class GetComplimentQueryHandler(IComplimentRepository compliments) : IQueryHandler<GetComplimentQuery, Versioned<ComplimentResponse>>
{
    public async ValueTask<Versioned<ComplimentResponse>> Handle(GetComplimentQuery query, CancellationToken cancellationToken)
    {
        var compliment = await compliments.LoadAsync(new ComplimentId(query.Id), cancellationToken);
        return new Versioned<ComplimentResponse>(compliment.Adapt<ComplimentResponse>(Mappings.Config), compliment.Version);
    }
}
