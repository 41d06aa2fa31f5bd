namespace Participation.Modules.Forums.Application.Meetings;

/// <summary>What one meeting's record may hold.</summary>
public static class MeetingLimits
{
    /// <summary>One row per audience at most, with room to spare.</summary>
    public const int AttendanceRows = 8;

    /// <summary>Senior officers and councillors present.</summary>
    public const int DecisionMakers = 20;
}
