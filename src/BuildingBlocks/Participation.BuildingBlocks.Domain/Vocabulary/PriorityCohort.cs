namespace Participation.BuildingBlocks.Domain.Vocabulary;

/// <summary>The priority cohorts reported on every year (docs/domain/vocabularies-and-themes.md#priority-cohorts); a feedback item may touch several.</summary>
public enum PriorityCohort
{
    /// <summary>Looked-after children.</summary>
    LookedAfterChildren,

    /// <summary>Care leavers.</summary>
    CareLeavers,

    /// <summary>Children subject to a child protection plan.</summary>
    ChildProtectionPlan,

    /// <summary>Children in need.</summary>
    ChildrenInNeed,

    /// <summary>Children with special educational needs or disabilities (SEND, EHC plans).</summary>
    Send,

    /// <summary>Young people in the youth justice system.</summary>
    YouthJustice,

    /// <summary>Young carers.</summary>
    YoungCarers,

    /// <summary>Children in early help or family support.</summary>
    EarlyHelp,
}
