using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints;

/// <summary>Loads the complaint a transition applies to, checking the client's If-Match version when it sent one.</summary>
internal static class ComplaintLoader
{
    public static async Task<Complaint> LoadAsync(this IComplaintRepository complaints, Guid id, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var complaint = await complaints.GetAsync(new ComplaintId(id), cancellationToken) ?? throw new NotFoundException("complaint", id);
        ExpectedVersion.Ensure(complaint, expectedVersion, "complaint");
        return complaint;
    }
}
