using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace Participation.Modules.ReferenceData.Contracts;

/// <summary>How a module asks <see cref="CheckReferenceCodesQuery"/> and refuses the request (400) when any code is unknown.</summary>
public static class ReferenceCodeChecks
{
    /// <summary>Throws a validation error naming every field whose code is not in use.</summary>
    public static async Task EnsureKnownAsync(this ISender sender, IEnumerable<ReferenceCode> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var unknown = await sender.Send(new CheckReferenceCodesQuery([.. codes]), cancellationToken);
        if (unknown.Count > 0)
        {
            throw new ValidationException(unknown.Select(code => new ValidationFailure(code.Field, code.Message)));
        }
    }

    /// <summary>
    /// The service area a record is given in <paramref name="field"/>; none to check when it is the one the record
    /// already has (<paramref name="kept"/>): a retired area stays on the records made under it, and only new use of it is
    /// refused (docs/domain/vocabularies-and-themes.md).
    /// </summary>
    public static IEnumerable<ReferenceCode> ServiceArea(string field, string code, string? kept = null) =>
        code == kept ? Array.Empty<ReferenceCode>() : new[] { new ReferenceCode(field, ReferenceCodeKind.ServiceArea, code) };

    /// <summary>Service area codes sent in a list field, each named by its position: <c>serviceAreas[0]</c>.</summary>
    public static IEnumerable<ReferenceCode> ServiceAreas(string field, IEnumerable<string> codes) =>
        codes.Select((code, index) => new ReferenceCode($"{field}[{index}]", ReferenceCodeKind.ServiceArea, code));

    /// <summary>Theme codes sent in a list field, each named by its position: <c>themes[0]</c>.</summary>
    public static IEnumerable<ReferenceCode> Themes(string field, IEnumerable<string> codes) =>
        codes.Select((code, index) => new ReferenceCode($"{field}[{index}]", ReferenceCodeKind.Theme, code));
}
