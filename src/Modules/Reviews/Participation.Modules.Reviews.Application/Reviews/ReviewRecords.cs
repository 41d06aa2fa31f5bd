using Mediator;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.Reviews.Application.Reviews;

/// <summary>What every way of recording a review checks before the domain sees it.</summary>
internal static class ReviewRecords
{
    public static Task EnsureServiceAreaKnownAsync(this ISender sender, IReviewCommand command, CancellationToken cancellationToken) =>
        sender.EnsureKnownAsync([new ReferenceCode("serviceArea", ReferenceCodeKind.ServiceArea, command.ServiceArea)], cancellationToken);
}
