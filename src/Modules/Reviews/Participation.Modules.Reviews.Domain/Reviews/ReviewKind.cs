namespace Participation.Modules.Reviews.Domain.Reviews;

/// <summary>The meetings about a child's own life whose participation is recorded (docs/domain/participation-codes.md#other-meetings).</summary>
public enum ReviewKind
{
    /// <summary>A looked-after child's review (Care Planning, Placement and Case Review (England) Regulations 2010, Part 6); the only kind with a PN code.</summary>
    LookedAfterReview,

    /// <summary>An initial child protection conference.</summary>
    InitialChildProtectionConference,

    /// <summary>A review child protection conference.</summary>
    ReviewChildProtectionConference,

    /// <summary>A child-in-need review.</summary>
    ChildInNeedReview,

    /// <summary>A personal education plan meeting.</summary>
    PersonalEducationPlanMeeting,

    /// <summary>A care leaver's pathway plan review.</summary>
    PathwayPlanReview,
}
