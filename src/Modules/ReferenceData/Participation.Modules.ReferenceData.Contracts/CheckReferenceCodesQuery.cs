using Mediator;

namespace Participation.Modules.ReferenceData.Contracts;

/// <summary>
/// Which of the codes a client sent are not (or no longer) in use, each named by the field it came in: for modules that
/// validate service areas and themes. ReferenceData owns the wording, so every module refuses a code the same way.
/// </summary>
/// <param name="Codes">The codes to check, with the field each came in.</param>
public sealed record CheckReferenceCodesQuery(IReadOnlyList<ReferenceCode> Codes) : IQuery<IReadOnlyList<UnknownReferenceCode>>;

/// <summary>A code a client sent.</summary>
/// <param name="Field">The request field it came in, e.g. <c>items[3].themes[0]</c>.</param>
/// <param name="Kind">What it should name.</param>
/// <param name="Code">The code.</param>
public sealed record ReferenceCode(string Field, ReferenceCodeKind Kind, string Code);

/// <summary>A code that names nothing in use.</summary>
/// <param name="Field">The request field it came in.</param>
/// <param name="Message">Why it was refused, for the client.</param>
public sealed record UnknownReferenceCode(string Field, string Message);

/// <summary>The administrator-maintained lists a code can belong to.</summary>
public enum ReferenceCodeKind
{
    /// <summary>A service area.</summary>
    ServiceArea,

    /// <summary>A theme or sub-theme of the taxonomy.</summary>
    Theme,
}
