using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns;

/// <summary>A return is addressed under its provider: another provider's is not found, for staff routes and partners alike.</summary>
internal static class ProviderReturns
{
    public static async Task<ParticipationReturn> LoadAsync(this IReturnRepository returns, Guid providerId, Guid returnId, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var found = await returns.GetAsync(new ReturnId(returnId), cancellationToken);
        if (found is null || found.ProviderId.Value != providerId)
        {
            throw new NotFoundException("return", returnId);
        }

        ExpectedVersion.Ensure(found, expectedVersion, "return");
        return found;
    }
}
