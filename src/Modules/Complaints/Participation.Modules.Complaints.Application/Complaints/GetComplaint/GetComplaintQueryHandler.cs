using Mapster;
using Mediator;
using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Complaints.Application.Complaints.GetComplaint;

internal sealed class GetComplaintQueryHandler(IComplaintRepository complaints) : IQueryHandler<GetComplaintQuery, Versioned<ComplaintResponse>>
{
    public async ValueTask<Versioned<ComplaintResponse>> Handle(GetComplaintQuery query, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(query.Id), cancellationToken);
        return new Versioned<ComplaintResponse>(complaint.Adapt<ComplaintResponse>(Mappings.Config), complaint.Version);
    }
}
