namespace Participation.BuildingBlocks.Domain.Vocabulary;

/// <summary>Who gives a view (docs/domain/vocabularies-and-themes.md#audiences). National vocabulary: fixed in code, not administered.</summary>
public enum Audience
{
    /// <summary>A child or young person.</summary>
    ChildOrYoungPerson,

    /// <summary>A parent.</summary>
    Parent,

    /// <summary>A foster carer.</summary>
    FosterCarer,

    /// <summary>An adoptive parent.</summary>
    AdoptiveParent,

    /// <summary>A special guardian or kinship carer.</summary>
    SpecialGuardianOrKinshipCarer,

    /// <summary>A care leaver.</summary>
    CareLeaver,

    /// <summary>A member of staff.</summary>
    StaffMember,

    /// <summary>A professional from a partner agency.</summary>
    PartnerProfessional,
}
