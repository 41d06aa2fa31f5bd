using Mediator;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.Reviews.Application.Reviews;

/// <summary>What every way of recording a review checks before the domain sees it.</summary>
internal static class ReviewRecords
{
    /// <summary>
    /// The service area must be active, unless the review already has it: a retired area stays on the records made
    /// under it, and only new use of it is refused (docs/domain/vocabularies-and-themes.md).
    /// </summary>
    public static Task EnsureServiceAreaKnownAsync(this ISender sender, IReviewCommand command, string? kept, CancellationToken cancellationToken) =>
        command.ServiceArea == kept
            ? Task.CompletedTask
            : sender.EnsureKnownAsync([new ReferenceCode("serviceArea", ReferenceCodeKind.ServiceArea, command.ServiceArea)], cancellationToken);
}
