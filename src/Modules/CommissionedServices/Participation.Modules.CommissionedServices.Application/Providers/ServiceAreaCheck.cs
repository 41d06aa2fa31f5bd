using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.CommissionedServices.Application.Providers;

/// <summary>Service areas are ReferenceData's: ask it, through its Contracts, which codes are active.</summary>
internal static class ServiceAreaCheck
{
    public static async Task EnsureActiveAsync(ISender sender, IReadOnlyList<string> codes, CancellationToken cancellationToken) =>
        UnknownCodes.ThrowIfAny(UnknownCodes.Failures(
            codes, await sender.Send(new FindActiveServiceAreasQuery(codes), cancellationToken), "serviceAreas", "This is not an active service area code."));
}
