using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Involvement;
using Participation.Modules.Forums.Domain.Meetings;
using Participation.Modules.Forums.Domain.Rules;

namespace Participation.Modules.Forums.Domain.Items;

/// <summary>
/// "You said": something a forum raised, where it goes, the actions it needs, and "we did": the response and the
/// meeting it was reported back at. Closed only once reported back (docs/domain/forums.md#you-said-we-did).
/// </summary>
public sealed class ForumItem : AggregateRoot<ForumItemId>
{
    /// <summary>The most actions one item holds: more than one thing said needs, and a bound on the record.</summary>
    public const int MostActions = 30;

    private readonly List<ItemAction> _actions = [];

    private ForumItem()
    {
    }

    /// <summary>The forum whose loop it follows.</summary>
    public ForumId ForumId { get; private init; }

    /// <summary>The meeting it was raised at, if it was.</summary>
    public MeetingId? RaisedAtMeetingId { get; private init; }

    /// <summary>The activity it was raised at, if it was (an inspection's finding).</summary>
    public InvolvementActivityId? RaisedAtActivityId { get; private init; }

    /// <summary>The day it was raised.</summary>
    public DateOnly RaisedOn { get; private init; }

    /// <summary>What was said, in an officer's words.</summary>
    public string Said { get; private set; } = null!;

    /// <summary>Theme codes from the taxonomy.</summary>
    public IReadOnlyList<string> Themes { get; private set; } = [];

    /// <summary>Whether the officer chose the themes (true) or the taxonomy suggested them from the words (false).</summary>
    public bool ThemesChosen { get; private init; }

    /// <summary>The service area it goes to (code).</summary>
    public string ServiceArea { get; private set; } = null!;

    /// <summary>The decision-maker it goes to (a role).</summary>
    public string DecisionMaker { get; private set; } = null!;

    /// <summary>The actions it needs.</summary>
    public IReadOnlyList<ItemAction> Actions => _actions;

    /// <summary>The earliest due date of an open action not yet flagged overdue: what the daily job looks for.</summary>
    public DateOnly? NextActionDueOn { get; private set; }

    /// <summary>Whether an action the daily job flagged overdue is still open.</summary>
    public bool HasOverdueAction { get; private set; }

    /// <summary>What was done, or why not; null until written.</summary>
    public string? WeDid { get; private set; }

    /// <summary>What the response says came of it.</summary>
    public ResponseOutcome? Outcome { get; private set; }

    /// <summary>The day the response was written.</summary>
    public DateOnly? RespondedOn { get; private set; }

    /// <summary>The meeting the response was reported back at.</summary>
    public MeetingId? ReportedBackAtMeetingId { get; private set; }

    /// <summary>The day it was reported back: the loop closed.</summary>
    public DateOnly? ReportedBackOn { get; private set; }

    /// <summary>The public board's reviewed wording of what was said; null unless published.</summary>
    public string? PublishedSaid { get; private set; }

    /// <summary>The public board's reviewed wording of what was done.</summary>
    public string? PublishedDid { get; private set; }

    /// <summary>When it was published.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Where it is in the loop.</summary>
    public ItemStatus Status => ReportedBackOn is not null ? ItemStatus.Closed : WeDid is not null ? ItemStatus.Answered : ItemStatus.Open;

    /// <summary>Records an item raised at a meeting or an activity.</summary>
    public static ForumItem Raise(RaisedAt raisedAt, string said, ItemThemes themes, string serviceArea, string decisionMaker, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(raisedAt);
        var item = new ForumItem
        {
            Id = new ForumItemId(Guid.CreateVersion7()),
            ForumId = raisedAt.ForumId,
            RaisedAtMeetingId = raisedAt.MeetingId,
            RaisedAtActivityId = raisedAt.ActivityId,
            RaisedOn = raisedAt.On,
            Said = said,
            Themes = [.. themes.Codes.Distinct(StringComparer.Ordinal)],
            ThemesChosen = themes.Chosen,
            ServiceArea = serviceArea,
            DecisionMaker = decisionMaker,
        };
        item.Raise(new ForumItemRaisedDomainEvent(item, now));
        return item;
    }

    /// <summary>Adds an action.</summary>
    public ItemAction AddAction(string description, string owner, DateOnly dueOn)
    {
        CheckRule(new ClosedItemCannotChangeRule(ReportedBackOn));
        CheckRule(new ActionsPerItemRule(_actions.Count));
        var action = ItemAction.New(description, owner, dueOn);
        _actions.Add(action);
        ActionsChanged();
        return action;
    }

    /// <summary>Changes an action's owner, due date or status; false when the item has no such action.</summary>
    public bool UpdateAction(ItemActionId actionId, string owner, DateOnly dueOn, ActionStatus status, DateOnly today)
    {
        var index = _actions.FindIndex(candidate => candidate.Id == actionId);
        if (index < 0)
        {
            return false;
        }

        _actions[index] = _actions[index].Updated(owner, dueOn, status, today);
        ActionsChanged();
        return true;
    }

    /// <summary>Flags each open action past its due date, once; how many were flagged now.</summary>
    public int FlagOverdueActions(DateOnly today)
    {
        var flagged = 0;
        for (var index = 0; index < _actions.Count; index++)
        {
            if (_actions[index].NewlyOverdue(today))
            {
                _actions[index] = _actions[index] with { OverdueFlaggedOn = today };
                flagged++;
            }
        }

        ActionsChanged();
        return flagged;
    }

    /// <summary>Writes (or rewrites, until it is reported back) the response.</summary>
    public void Respond(string weDid, ResponseOutcome outcome, DateOnly today)
    {
        CheckRule(new ClosedItemCannotChangeRule(ReportedBackOn));
        WeDid = weDid;
        Outcome = outcome;
        RespondedOn = today;
    }

    /// <summary>
    /// Closes the loop: the response was reported back to the forum at one of its meetings held after the item was
    /// raised. Nothing closes an item otherwise.
    /// </summary>
    public void ReportBack(Meeting meeting, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        CheckRule(new ClosedItemCannotChangeRule(ReportedBackOn));
        CheckRule(new ReportedBackResponseNeededRule(WeDid));
        CheckRule(new ReportedBackAtALaterMeetingOfTheForumRule(ForumId, RaisedOn, meeting));
        ReportedBackAtMeetingId = meeting.Id;
        ReportedBackOn = meeting.HeldOn;
        Raise(new ForumItemAnsweredDomainEvent(this, now));
    }

    /// <summary>
    /// Puts the reviewed wording on the public board: a closed item only, and no member's name or anyone's contact
    /// details in it (docs/domain/forums.md#the-public-board).
    /// </summary>
    public void Publish(string said, string did, IReadOnlyCollection<string> memberNames, DateTimeOffset now)
    {
        CheckRule(new OnlyClosedItemsArePublishedRule(Status));
        CheckRule(new PublishedTextNamesNoOneRule(said, did, memberNames));
        PublishedSaid = said;
        PublishedDid = did;
        PublishedAt = now;
    }

    /// <summary>Takes the item off the public board; false when it was not on it.</summary>
    public bool Withdraw()
    {
        var wasPublished = PublishedAt is not null;
        PublishedSaid = null;
        PublishedDid = null;
        PublishedAt = null;
        return wasPublished;
    }

    private void ActionsChanged()
    {
        var open = _actions.Where(action => action.Status == ActionStatus.Open).ToList();
        NextActionDueOn = open.Where(action => action.OverdueFlaggedOn is null).Min(action => (DateOnly?)action.DueOn);
        HasOverdueAction = open.Exists(action => action.OverdueFlaggedOn is not null);
    }
}
