namespace Participation.Modules.Reviews.Domain.Reviews;

/// <summary>How the child's views reached the meeting; a review may record several (docs/domain/participation-codes.md#recorded-facts).</summary>
public enum ViewsRoute
{
    /// <summary>The child, present, spoke for themselves.</summary>
    SpokeForThemselves,

    /// <summary>The child was present and an advocate spoke for them.</summary>
    AdvocateSpoke,

    /// <summary>The child, present, conveyed their views symbolically or non-verbally (picture cards, signing, gestures).</summary>
    Symbolically,

    /// <summary>The child did not attend but briefed an advocate, who attended and spoke for them.</summary>
    BriefedAdvocate,

    /// <summary>Views sent by another medium: a "What Do You Think" form, a letter, an app, a recording.</summary>
    OtherMedium,

    /// <summary>The child's views did not reach the meeting.</summary>
    NotConveyed,
}

/// <summary>Whether, asked afterwards, the child felt helped to give their views.</summary>
public enum FeltHelped
{
    /// <summary>Yes.</summary>
    Yes,

    /// <summary>Partly.</summary>
    Partly,

    /// <summary>No.</summary>
    No,

    /// <summary>The child was not asked (or too young to be).</summary>
    NotAsked,
}
