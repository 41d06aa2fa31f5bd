namespace Participation.BuildingBlocks.Application.Security;

/// <summary>The staff roles; every route names the roles it admits.</summary>
public static class Roles
{
    /// <summary>Maintains reference data, credentials and the job dashboard.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Runs forums, surveys and reviews.</summary>
    public const string ParticipationOfficer = "ParticipationOfficer";

    /// <summary>Runs the complaints procedure.</summary>
    public const string ComplaintsOfficer = "ComplaintsOfficer";

    /// <summary>Reads and signs off across modules.</summary>
    public const string Manager = "Manager";

    /// <summary>Reads reports and extracts.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Chairs children's reviews (an independent reviewing officer) and records how the child took part.</summary>
    public const string ReviewingOfficer = "ReviewingOfficer";

    /// <summary>Every staff role.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, ParticipationOfficer, ComplaintsOfficer, Manager, Analyst, ReviewingOfficer];
}
