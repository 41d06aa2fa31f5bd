namespace Participation.BuildingBlocks.Domain.Vocabulary;

/// <summary>A term of a national vocabulary with the words shown to people.</summary>
/// <typeparam name="TTerm">The vocabulary.</typeparam>
/// <param name="Term">The value.</param>
/// <param name="Name">The label.</param>
public sealed record VocabularyTerm<TTerm>(TTerm Term, string Name)
    where TTerm : struct, Enum;

/// <summary>The labels of the national vocabularies, in the order docs/domain/vocabularies-and-themes.md lists them.</summary>
public static class Vocabularies
{
    /// <summary>Audiences.</summary>
    public static IReadOnlyList<VocabularyTerm<Audience>> Audiences { get; } =
    [
        new(Audience.ChildOrYoungPerson, "Child or young person"),
        new(Audience.Parent, "Parent"),
        new(Audience.FosterCarer, "Foster carer"),
        new(Audience.AdoptiveParent, "Adoptive parent"),
        new(Audience.SpecialGuardianOrKinshipCarer, "Special guardian / kinship carer"),
        new(Audience.CareLeaver, "Care leaver"),
        new(Audience.StaffMember, "Staff member"),
        new(Audience.PartnerProfessional, "Partner professional"),
    ];

    /// <summary>Priority cohorts.</summary>
    public static IReadOnlyList<VocabularyTerm<PriorityCohort>> PriorityCohorts { get; } =
    [
        new(PriorityCohort.LookedAfterChildren, "Looked-after children"),
        new(PriorityCohort.CareLeavers, "Care leavers"),
        new(PriorityCohort.ChildProtectionPlan, "Children subject to a child protection plan"),
        new(PriorityCohort.ChildrenInNeed, "Children in need"),
        new(PriorityCohort.Send, "Children with special educational needs or disabilities (SEND, EHC plans)"),
        new(PriorityCohort.YouthJustice, "Young people in the youth justice system"),
        new(PriorityCohort.YoungCarers, "Young carers"),
        new(PriorityCohort.EarlyHelp, "Children in early help / family support"),
    ];

    /// <summary>Channels.</summary>
    public static IReadOnlyList<VocabularyTerm<Channel>> Channels { get; } =
    [
        new(Channel.OnlineForm, "Online form"),
        new(Channel.PaperForm, "Paper form"),
        new(Channel.Telephone, "Telephone"),
        new(Channel.FaceToFace, "Face-to-face / interview"),
        new(Channel.Email, "Email"),
        new(Channel.Letter, "Letter"),
        new(Channel.App, "App"),
        new(Channel.PartnerSystem, "Partner system"),
        new(Channel.ForumMeeting, "Forum meeting"),
    ];
}
