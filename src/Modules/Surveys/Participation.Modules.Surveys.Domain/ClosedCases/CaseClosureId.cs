using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.ClosedCases;

/// <summary>Identifies a case closure as received here (the partner's own closure id is separate); UUIDv7, so ids order as closures arrived.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct CaseClosureId(Guid Value) : IStronglyTypedId, IComparable<CaseClosureId>
{
    public int CompareTo(CaseClosureId other) => Value.CompareTo(other.Value);

    public static bool operator >(CaseClosureId left, CaseClosureId right) => left.CompareTo(right) > 0;

    public static bool operator <(CaseClosureId left, CaseClosureId right) => left.CompareTo(right) < 0;

    public static bool operator >=(CaseClosureId left, CaseClosureId right) => left.CompareTo(right) >= 0;

    public static bool operator <=(CaseClosureId left, CaseClosureId right) => left.CompareTo(right) <= 0;
}
