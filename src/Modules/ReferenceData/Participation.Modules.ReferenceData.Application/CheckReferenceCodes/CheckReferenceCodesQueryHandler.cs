using Mediator;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.ReferenceData.Application.CheckReferenceCodes;

/// <summary>One look-up per kind of code, however many fields the request had.</summary>
internal sealed class CheckReferenceCodesQueryHandler(IServiceAreaRepository serviceAreas, IThemeRepository themes)
    : IQueryHandler<CheckReferenceCodesQuery, IReadOnlyList<UnknownReferenceCode>>
{
    public async ValueTask<IReadOnlyList<UnknownReferenceCode>> Handle(CheckReferenceCodesQuery query, CancellationToken cancellationToken)
    {
        var areaCodes = Codes(query, ReferenceCodeKind.ServiceArea);
        var themeCodes = Codes(query, ReferenceCodeKind.Theme);
        var activeAreas = areaCodes.Count == 0 ? areaCodes : await serviceAreas.FindActiveCodesAsync(areaCodes, cancellationToken);
        var activeThemes = themeCodes.Count == 0 ? themeCodes : await themes.FindActiveCodesAsync(themeCodes, cancellationToken);
        return
        [
            .. query.Codes
                .Where(code => !(code.Kind == ReferenceCodeKind.ServiceArea ? activeAreas : activeThemes).Contains(code.Code))
                .Select(code => new UnknownReferenceCode(code.Field, code.Kind == ReferenceCodeKind.ServiceArea
                    ? "This is not an active service area code."
                    : "This is not an active theme code.")),
        ];
    }

    private static HashSet<string> Codes(CheckReferenceCodesQuery query, ReferenceCodeKind kind) =>
        [.. query.Codes.Where(code => code.Kind == kind).Select(code => code.Code)];
}
