using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Rules;

namespace Participation.Modules.Surveys.Domain.Surveys;

/// <summary>
/// A questionnaire a participation officer designs as a draft and publishes as numbered, immutable versions
/// (docs/domain/surveys.md#versions): editing after publication changes only the draft, and the next publication is
/// version n + 1, so every answer keeps the exact wording it was given to.
/// </summary>
public sealed class Survey : AggregateRoot<SurveyId>
{
    private readonly List<SurveyVersion> _versions = [];

    private Survey()
    {
    }

    /// <summary>The draft: what the next version will be.</summary>
    public Questionnaire Draft { get; private set; } = null!;

    /// <summary>The draft's title, kept beside it for listing.</summary>
    public string Title { get; private set; } = null!;

    /// <summary>The published versions, oldest first.</summary>
    public IReadOnlyList<SurveyVersion> Versions => _versions;

    /// <summary>The number of the latest published version; 0 before the first.</summary>
    public int LatestVersion { get; private set; }

    /// <summary>Whether the draft differs from the latest published version (always, before the first).</summary>
    public bool HasUnpublishedChanges => _versions.Count == 0 || !Draft.SameAs(_versions[^1].Questionnaire);

    /// <summary>Starts a survey as a draft.</summary>
    public static Survey Design(Questionnaire draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CheckRule(new SurveyClosesAfterItOpensRule(draft.OpensOn, draft.ClosesOn));
        return new Survey { Id = new SurveyId(Guid.CreateVersion7()), Draft = draft, Title = draft.Title };
    }

    /// <summary>Replaces the draft; published versions are untouched.</summary>
    public void Revise(Questionnaire draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CheckRule(new SurveyClosesAfterItOpensRule(draft.OpensOn, draft.ClosesOn));
        CheckRule(new AnonymityIsFixedOncePublishedRule(_versions.Count > 0, Draft.Anonymous, draft.Anonymous));
        Draft = draft;
        Title = draft.Title;
    }

    /// <summary>The questionnaire links are sent with now: the latest published version's, or the draft's before the first.</summary>
    public Questionnaire Current => Published(LatestVersion)?.Questionnaire ?? Draft;

    /// <summary>The published version numbered <paramref name="number"/>, or null.</summary>
    public SurveyVersion? Published(int number) => _versions.Find(version => version.Number == number);

    /// <summary>The latest published version, which a link opens; refused (409, 410) outside its open and close dates.</summary>
    public SurveyVersion VersionToAnswer(DateOnly today)
    {
        CheckRule(new InviteOnlyToAPublishedSurveyRule(LatestVersion));
        var latest = _versions[^1];
        CheckRule(new SurveyTakesAnswersTodayRule(latest.Questionnaire, today));
        return latest;
    }

    /// <summary>Publishes the draft as the next version.</summary>
    public SurveyVersion Publish(DateTimeOffset now)
    {
        CheckRule(new PublishOnlyWhatChangedRule(HasUnpublishedChanges));
        var version = new SurveyVersion(LatestVersion + 1, now, Draft);
        _versions.Add(version);
        LatestVersion = version.Number;
        Raise(new SurveyVersionPublishedDomainEvent(Id, version));
        return version;
    }
}
