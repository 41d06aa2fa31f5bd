using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Rules;

namespace Participation.Modules.Forums.Domain.Members;

/// <summary>
/// A member of a forum, pseudonymous: a display name, an age band, who they speak as and their cohorts; consent on
/// record; contact details only while they are a member (docs/domain/forums.md#members).
/// </summary>
public sealed class Member : AggregateRoot<MemberId>
{
    private Member()
    {
    }

    /// <summary>The forum.</summary>
    public ForumId ForumId { get; private init; }

    /// <summary>Their chosen name or initials; erased when they leave.</summary>
    public string? DisplayName { get; private set; }

    /// <summary>Their age band.</summary>
    public AgeBand AgeBand { get; private set; }

    /// <summary>Who they speak as.</summary>
    public Audience Audience { get; private set; }

    /// <summary>Their priority cohorts.</summary>
    public IReadOnlyList<PriorityCohort> Cohorts { get; private set; } = [];

    /// <summary>An email for the lead officer; erased when they leave.</summary>
    public string? ContactEmail { get; private set; }

    /// <summary>A phone number for the lead officer; erased when they leave.</summary>
    public string? ContactPhone { get; private set; }

    /// <summary>The age at which they leave a children's forum; null for adults.</summary>
    public int? AgeOutAt { get; private set; }

    /// <summary>When their age band is next checked.</summary>
    public DateOnly? AgeReviewOn { get; private set; }

    /// <summary>Who consented, and when.</summary>
    public Consent Consent { get; private set; } = null!;

    /// <summary>The day they joined.</summary>
    public DateOnly JoinedOn { get; private init; }

    /// <summary>The day they left; null while a member.</summary>
    public DateOnly? LeftOn { get; private set; }

    /// <summary>The day the ageing-out check flagged them; null until it does.</summary>
    public DateOnly? AgeingOutFlaggedOn { get; private set; }

    /// <summary>Adds a member to an active forum, with the consent their age needs.</summary>
    public static Member Join(Forum forum, MemberDetails details, Consent consent, DateOnly joinedOn)
    {
        ArgumentNullException.ThrowIfNull(forum);
        forum.EnsureActive();
        var member = new Member { Id = new MemberId(Guid.CreateVersion7()), ForumId = forum.Id, JoinedOn = joinedOn };
        member.Apply(details, consent);
        return member;
    }

    /// <summary>Changes what is recorded about a current member.</summary>
    public void Update(MemberDetails details, Consent consent)
    {
        CheckRule(new MemberWhoLeftCannotChangeRule(LeftOn));
        Apply(details, consent);
    }

    /// <summary>
    /// The member leaves: their name and contact details are erased at once, and only what the forum's counts need
    /// stays (age band, audience, cohorts, dates). Leaving twice changes nothing.
    /// </summary>
    public void Leave(DateOnly today)
    {
        LeftOn ??= today;
        DisplayName = null;
        ContactEmail = null;
        ContactPhone = null;
    }

    /// <summary>
    /// Flags a current member whose band may have reached the age they leave at, once their band's review date has
    /// come (docs/domain/forums.md#ageing-out). False when there was nothing to flag, or it was flagged already.
    /// </summary>
    public bool FlagIfAgeingOut(DateOnly today)
    {
        if (LeftOn is not null || AgeingOutFlaggedOn is not null || AgeOutAt is not { } leavingAge || AgeReviewOn > today || !AgeBand.MayReach(leavingAge))
        {
            return false;
        }

        AgeingOutFlaggedOn = today;
        return true;
    }

    private void Apply(MemberDetails details, Consent consent)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(consent);
        CheckRule(new UnderThirteenNeedsParentOrCarerConsentRule(details.AgeBand, consent.GivenBy, details.Cohorts));
        CheckRule(new AgeOutAgeFitsTheMemberRule(details.AgeOutAt, details.Audience, details.Cohorts));
        if (details.AgeBand != AgeBand || details.AgeReviewOn != AgeReviewOn)
        {
            AgeingOutFlaggedOn = null;
        }

        DisplayName = details.DisplayName;
        AgeBand = details.AgeBand;
        Audience = details.Audience;
        Cohorts = [.. details.Cohorts.Distinct()];
        ContactEmail = details.ContactEmail;
        ContactPhone = details.ContactPhone;
        AgeOutAt = details.AgeOutAt;
        AgeReviewOn = details.AgeReviewOn;
        // The consent on record, and who recorded it, stand while the giver and the day are the same.
        Consent = Consent is { } held && held.GivenBy == consent.GivenBy && held.GivenOn == consent.GivenOn ? held : consent;
    }
}
