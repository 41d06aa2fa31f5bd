namespace Participation.Modules.Forums.Application.Involvement;

/// <summary>What one activity's record may hold.</summary>
public static class ActivityLimits
{
    /// <summary>Rows of participants: audiences by cohorts, with room.</summary>
    public const int ParticipantRows = 80;

    /// <summary>Rows of recognition.</summary>
    public const int RecognitionRows = 40;

    /// <summary>More than the council pays one person for one activity, in pounds.</summary>
    public const double MostAmountEach = 10_000;
}
