using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Involvement;
using Ladder = Participation.BuildingBlocks.Domain.Involvement.HartRung;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Rules;

namespace Participation.Modules.Forums.Domain.Involvement;

/// <summary>
/// Involvement beyond meetings: an interview panel, an inspection visit, co-delivered training; who took part, how far
/// (Hart, Lundy), what came of it and how their time was recognised (docs/domain/forums.md#involvement-beyond-meetings).
/// </summary>
public sealed class InvolvementActivity : AggregateRoot<InvolvementActivityId>
{
    private InvolvementActivity()
    {
    }

    /// <summary>What kind of activity.</summary>
    public ActivityKind Kind { get; private set; }

    /// <summary>A short title.</summary>
    public string Title { get; private set; } = null!;

    /// <summary>The day it took place.</summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>The forum that ran it, if one did.</summary>
    public ForumId? ForumId { get; private set; }

    /// <summary>The service area it concerned (code).</summary>
    public string? ServiceArea { get; private set; }

    /// <summary>Who took part.</summary>
    public IReadOnlyList<ParticipantCount> Participants { get; private set; } = [];

    /// <summary>The rung on Hart's ladder.</summary>
    public int HartRung { get; private set; }

    /// <summary>The Lundy questions.</summary>
    public LundyAssessment Lundy { get; private set; } = null!;

    /// <summary>What came of it.</summary>
    public string? WhatCameOfIt { get; private set; }

    /// <summary>Recognition given for participants' time.</summary>
    public IReadOnlyList<Recognition> Recognitions { get; private set; } = [];

    /// <summary>Whether it sat on a non-participation rung (1–3).</summary>
    public bool NonParticipation => Ladder.IsNonParticipation(HartRung);

    /// <summary>Records an activity that took place, on or before today.</summary>
    public static InvolvementActivity Record(ActivityDetails details, Forum? runBy, DateOnly today)
    {
        var activity = new InvolvementActivity { Id = new InvolvementActivityId(Guid.CreateVersion7()) };
        activity.Apply(details, runBy, today);
        return activity;
    }

    /// <summary>Corrects the record; once its findings are items, not its day or forum.</summary>
    public void Correct(ActivityDetails details, Forum? runBy, DateOnly today, bool findingsRaised)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new ActivityWithFindingsStaysRule(findingsRaised, HeldOn, ForumId, details.HeldOn, runBy?.Id));
        Apply(details, runBy, today);
    }

    /// <summary>The forum whose loop its findings follow; an activity no forum ran has no one to report back to.</summary>
    public ForumId RunByForum()
    {
        CheckRule(new FindingsNeedAForumRule(ForumId));
        return ForumId!.Value;
    }

    private void Apply(ActivityDetails details, Forum? runBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new HeldNotPlannedRule("forums.activities.not-held-yet", details.HeldOn, today));
        // A closed forum keeps the activities it ran; only moving one to a forum needs that forum active.
        if (runBy is not null && runBy.Id != ForumId)
        {
            runBy.EnsureActive();
        }

        Kind = details.Kind;
        Title = details.Title;
        HeldOn = details.HeldOn;
        ForumId = runBy?.Id;
        ServiceArea = details.ServiceArea;
        Participants = [.. details.Participants.GroupBy(count => (count.Audience, count.Cohort)).Select(group => new ParticipantCount(group.Key.Audience, group.Key.Cohort, group.Sum(count => count.Count)))];
        HartRung = details.HartRung;
        Lundy = details.Lundy;
        WhatCameOfIt = details.WhatCameOfIt;
        Recognitions = details.Recognitions;
    }
}
