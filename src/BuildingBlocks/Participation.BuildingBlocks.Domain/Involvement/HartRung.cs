namespace Participation.BuildingBlocks.Domain.Involvement;

/// <summary>
/// The rungs of Roger Hart's ladder of participation (UNICEF 1992), which Portsmouth draws as its "Spinnaker Tower":
/// an activity is tagged with the one rung that best describes it (docs/domain/participation-models.md#harts-ladder).
/// </summary>
public static class HartRung
{
    /// <summary>The bottom rung: manipulation.</summary>
    public const int Lowest = 1;

    /// <summary>The top rung: child-initiated, shared decisions with adults.</summary>
    public const int Highest = 8;

    /// <summary>Rungs 1 (manipulation), 2 (decoration) and 3 (tokenism) are non-participation in Hart's own words.</summary>
    public const int HighestNonParticipation = 3;

    /// <summary>Whether the number is a rung of the ladder.</summary>
    public static bool IsRung(int rung) => rung is >= Lowest and <= Highest;

    /// <summary>Whether the rung is one of the three Hart calls non-participation; reports flag these.</summary>
    public static bool IsNonParticipation(int rung) => rung <= HighestNonParticipation;
}
