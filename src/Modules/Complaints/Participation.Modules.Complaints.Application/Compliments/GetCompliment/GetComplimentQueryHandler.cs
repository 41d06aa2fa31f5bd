using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.Modules.Complaints.Application.Compliments.GetCompliment;

internal sealed class GetComplimentQueryHandler(ICompliments compliments) : IQueryHandler<GetComplimentQuery, ComplimentResponse>
{
    public async ValueTask<ComplimentResponse> Handle(GetComplimentQuery query, CancellationToken cancellationToken)
    {
        var compliment = await compliments.GetAsync(new ComplimentId(query.Id), cancellationToken) ?? throw new NotFoundException("compliment", query.Id);
        return compliment.Adapt<ComplimentResponse>(Mappings.Config);
    }
}
