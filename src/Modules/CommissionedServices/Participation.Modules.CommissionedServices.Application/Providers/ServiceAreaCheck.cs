using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.CommissionedServices.Application.Providers;

/// <summary>Service areas are ReferenceData's: ask it, through its Contracts, which codes are active.</summary>
internal static class ServiceAreaCheck
{
    public static async Task EnsureActiveAsync(ISender sender, IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var active = await sender.Send(new FindActiveServiceAreasQuery(codes), cancellationToken);
        var failures = codes
            .Select((code, index) => (code, index))
            .Where(entry => !active.Contains(entry.code))
            .Select(entry => new ValidationFailure($"serviceAreas[{entry.index}]", "This is not an active service area code."))
            .ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
