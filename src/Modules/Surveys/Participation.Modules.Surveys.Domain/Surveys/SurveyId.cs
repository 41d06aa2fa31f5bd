using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Surveys;

/// <summary>The id of a survey, the same across all its versions; UUIDv7, so ids order as surveys were designed.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct SurveyId(Guid Value) : IStronglyTypedId, IComparable<SurveyId>
{
    public int CompareTo(SurveyId other) => Value.CompareTo(other.Value);

    public static bool operator >(SurveyId left, SurveyId right) => left.CompareTo(right) > 0;

    public static bool operator <(SurveyId left, SurveyId right) => left.CompareTo(right) < 0;

    public static bool operator >=(SurveyId left, SurveyId right) => left.CompareTo(right) >= 0;

    public static bool operator <=(SurveyId left, SurveyId right) => left.CompareTo(right) <= 0;
}
