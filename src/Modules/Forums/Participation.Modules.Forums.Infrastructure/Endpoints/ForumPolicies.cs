namespace Participation.Modules.Forums.Infrastructure.Endpoints;

/// <summary>Who may do what with forums and involvement (docs/domain/forums.md#who-may-do-what).</summary>
internal static class ForumPolicies
{
    /// <summary>Reading forums, members, meetings, items, activities and the plan: ParticipationOfficer, Manager.</summary>
    public const string Read = "forums-read";

    /// <summary>Recording all of it: ParticipationOfficer.</summary>
    public const string Write = "forums-write";

    /// <summary>The quarterly figures: ParticipationOfficer, Manager, Analyst.</summary>
    public const string Report = "forums-report";
}
