using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.CommissionedServices.Domain.Returns;

/// <summary>The seven principles of involvement providers assess themselves against (docs/domain/participation-models.md#principles-of-involvement).</summary>
public enum Principle
{
    /// <summary>A clear focus and real scope to influence.</summary>
    Purposeful,

    /// <summary>People involved early, with time to contribute.</summary>
    Timely,

    /// <summary>Opportunities publicised; limits shared.</summary>
    Transparent,

    /// <summary>Accessible, tailored, reaching diverse groups.</summary>
    Inclusive,

    /// <summary>Built on relationships; people as partners in design.</summary>
    Collaborative,

    /// <summary>Staffing and costs identified and available.</summary>
    Resourced,

    /// <summary>Evidence that involvement informed decisions; feedback given.</summary>
    Accountable,
}

/// <summary>A provider's own score for a principle, on the framework's four-point scale.</summary>
public enum PrincipleScore
{
    /// <summary>Not yet.</summary>
    NotYet,

    /// <summary>Emerging.</summary>
    Emerging,

    /// <summary>Established.</summary>
    Established,

    /// <summary>Exemplary.</summary>
    Exemplary,
}

/// <summary>A provider's self-assessment of one principle.</summary>
/// <param name="Principle">The principle.</param>
/// <param name="Score">The score.</param>
/// <param name="Evidence">What shows it; required above "not yet".</param>
public sealed record SelfAssessment(Principle Principle, PrincipleScore Score, [property: MaxLength(TextLengths.Statement)] string? Evidence);

/// <summary>One participation activity a provider ran in the period.</summary>
/// <param name="Title">What it was.</param>
/// <param name="Audiences">Who took part.</param>
/// <param name="Cohorts">The priority cohorts reached.</param>
/// <param name="ParticipantsReached">How many took part.</param>
/// <param name="HartRung">Its rung on Hart's ladder, 1 to 8.</param>
/// <param name="Lundy">The four Lundy questions as the provider answers them.</param>
public sealed record ReturnActivity(
    [property: MaxLength(TextLengths.Name)] string Title,
    [property: MaxLength(ReturnActivity.MaxAudiences)] IReadOnlyList<Audience> Audiences,
    [property: MaxLength(ListLengths.Cohorts)] IReadOnlyList<PriorityCohort> Cohorts,
    [property: Range(0, 100_000)] int ParticipantsReached,
    [property: Range(HartRung.Lowest, HartRung.Highest)] int HartRung,
    LundyAssessment Lundy)
{
    /// <summary>Every audience once.</summary>
    public const int MaxAudiences = 8;
}

/// <summary>What the provider heard and what changed ("you said, we did").</summary>
/// <param name="Said">What was said.</param>
/// <param name="Did">What was done about it.</param>
public sealed record ReturnYouSaidWeDid([property: MaxLength(TextLengths.Statement)] string Said, [property: MaxLength(TextLengths.Statement)] string Did);

/// <summary>A return's content as submitted: immutable once submitted, kept as one version per submission.</summary>
/// <param name="Activities">Activities run.</param>
/// <param name="Heard">What they heard, in their words.</param>
/// <param name="Themes">Theme codes for what they heard.</param>
/// <param name="YouSaidWeDid">What changed because of it.</param>
/// <param name="SelfAssessment">A score for each of the seven principles.</param>
public sealed record ReturnContent(
    [property: MaxLength(ReturnContent.MaxActivities)] IReadOnlyList<ReturnActivity> Activities,
    [property: MaxLength(TextLengths.LongStatement)] string? Heard,
    [property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> Themes,
    [property: MaxLength(ReturnContent.MaxEntries)] IReadOnlyList<ReturnYouSaidWeDid> YouSaidWeDid,
    [property: MaxLength(7)] IReadOnlyList<SelfAssessment> SelfAssessment) : IHasExample<ReturnContent>
{
    /// <summary>Activities in one return.</summary>
    public const int MaxActivities = 100;

    /// <summary>"You said, we did" entries in one return.</summary>
    public const int MaxEntries = 100;

    /// <inheritdoc />
    public static ReturnContent Example => new(
        [
            new ReturnActivity(
                "Young people's group reviewed the CAMHS waiting-room leaflet",
                [Audience.ChildOrYoungPerson],
                [PriorityCohort.LookedAfterChildren],
                ParticipantsReached: 9,
                HartRung: 5,
                new LundyAssessment(
                    new LundyElement(true, "Met after school at the youth centre the group chose; travel paid."),
                    new LundyElement(true, "The group rewrote the leaflet in their own words."),
                    new LundyElement(true, "The service manager came to the second session."),
                    new LundyElement(false, "The printed leaflet is due in January.")))
        ],
        "Waiting without knowing how long for was the hardest part; young people wanted a named worker to contact.",
        ["being-listened-to"],
        [new ReturnYouSaidWeDid("Tell us how long we will wait.", "Every referral letter now gives the expected wait and a named contact.")],
        [
            new SelfAssessment(Principle.Purposeful, PrincipleScore.Established, "The group's leaflet replaced ours."),
            new SelfAssessment(Principle.Timely, PrincipleScore.Emerging, "Involved before the print order, not before the redesign."),
            new SelfAssessment(Principle.Transparent, PrincipleScore.Established, "What could and could not change was set out at the first session."),
            new SelfAssessment(Principle.Inclusive, PrincipleScore.NotYet, null),
            new SelfAssessment(Principle.Collaborative, PrincipleScore.Established, "Young people chaired the second session."),
            new SelfAssessment(Principle.Resourced, PrincipleScore.Established, "Sessional worker, room, food and travel budgeted."),
            new SelfAssessment(Principle.Accountable, PrincipleScore.Emerging, "The group has heard what changed; others who gave feedback have not yet."),
        ]);
}
