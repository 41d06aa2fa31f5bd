namespace Participation.Modules.Forums.Domain.Forums;

/// <summary>The standing groups children's services run (docs/domain/forums.md#forums).</summary>
public enum ForumKind
{
    /// <summary>Children in Care Council, younger members.</summary>
    ChildrenInCareCouncilJunior,

    /// <summary>Children in Care Council, older members.</summary>
    ChildrenInCareCouncilSenior,

    /// <summary>Youth Parliament.</summary>
    YouthParliament,

    /// <summary>Young inspectors or care ambassadors.</summary>
    YoungInspectors,

    /// <summary>The youth justice youth board.</summary>
    YouthJusticeBoard,

    /// <summary>Parents' forum.</summary>
    ParentsForum,

    /// <summary>Foster carers' liaison group.</summary>
    FosterCarersLiaison,

    /// <summary>Adopter voice.</summary>
    AdopterVoice,

    /// <summary>SEND parent forum.</summary>
    SendParentForum,

    /// <summary>A staff representation group.</summary>
    StaffGroup,

    /// <summary>Any other standing group.</summary>
    Other,
}
