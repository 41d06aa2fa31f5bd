namespace Participation.Modules.Reviews.Infrastructure.Endpoints;

/// <summary>Who may do what with reviews (docs/domain/participation-codes.md#who-may-do-what).</summary>
internal static class ReviewPolicies
{
    /// <summary>Recording and correcting: ParticipationOfficer, ReviewingOfficer.</summary>
    public const string Record = "reviews-record";

    /// <summary>Reading reviews: ParticipationOfficer, ReviewingOfficer, Manager.</summary>
    public const string Read = "reviews-read";

    /// <summary>The quarterly and annual reports: ParticipationOfficer, ReviewingOfficer, Manager, Analyst.</summary>
    public const string Report = "reviews-report";

    /// <summary>The SSDA903 extract, which names children by reference: Analyst, Manager.</summary>
    public const string Extract = "reviews-extract";
}
