using Mediator;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.Reviews.Application.Reviews;

/// <summary>What every way of recording a review checks before the domain sees it.</summary>
internal static class ReviewRecords
{
    /// <summary>The service area must be active, unless the review already has it (<paramref name="kept"/>).</summary>
    public static Task EnsureServiceAreaKnownAsync(this ISender sender, IReviewCommand command, string? kept, CancellationToken cancellationToken) =>
        sender.EnsureKnownAsync(ReferenceCodeChecks.ServiceArea("serviceArea", command.ServiceArea, kept), cancellationToken);
}
