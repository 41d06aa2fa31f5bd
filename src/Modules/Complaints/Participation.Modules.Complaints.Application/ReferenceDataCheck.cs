using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.Complaints.Application;

/// <summary>Service areas and themes are ReferenceData's: the module asks through ReferenceData's Contracts.</summary>
internal static class ReferenceDataCheck
{
    public static async Task EnsureServiceAreaAsync(this ISender sender, string code, CancellationToken cancellationToken)
    {
        if (!(await sender.Send(new FindActiveServiceAreasQuery([code]), cancellationToken)).Contains(code))
        {
            throw new ValidationException([new ValidationFailure("serviceArea", "This is not an active service area code.")]);
        }
    }

    public static async Task EnsureThemesAsync(this ISender sender, IReadOnlyList<string> codes, CancellationToken cancellationToken) =>
        UnknownCodes.ThrowIfAny(UnknownCodes.Failures(
            codes, await sender.Send(new FindActiveThemesQuery(codes), cancellationToken), "themes", "This is not an active theme code."));
}
