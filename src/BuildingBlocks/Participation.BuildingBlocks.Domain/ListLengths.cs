namespace Participation.BuildingBlocks.Domain;

/// <summary>
/// The most items each kind of list holds: validators refuse longer lists with these numbers and the OpenAPI document
/// publishes them as <c>maxItems</c>.
/// </summary>
public static class ListLengths
{
    /// <summary>Themes tagged on one record.</summary>
    public const int Themes = 10;

    /// <summary>Points of one complaint, and so findings in one response.</summary>
    public const int Points = 50;

    /// <summary>Lessons recorded against one complaint.</summary>
    public const int Lessons = 50;

    /// <summary>Priority cohorts named on one record.</summary>
    public const int Cohorts = 20;

    /// <summary>Service areas one provider covers.</summary>
    public const int ServiceAreas = 50;
}
