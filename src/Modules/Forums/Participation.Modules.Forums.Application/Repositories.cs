using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Application.PublicBoard;
using Participation.Modules.Forums.Domain.ActionPlan;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Involvement;
using Participation.Modules.Forums.Domain.Items;
using Participation.Modules.Forums.Domain.Meetings;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application;

/// <summary>Forums, as the use cases need them.</summary>
public interface IForumRepository : IRepository<Forum, ForumId>
{
    /// <summary>Up to <paramref name="take"/> forums in name (then id) order after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<Forum>> ListAsync(bool includeClosed, ForumListPosition? after, int take, CancellationToken cancellationToken);

    /// <summary>Every forum, closed ones too, by id: for reports.</summary>
    Task<IReadOnlyList<Forum>> AllAsync(CancellationToken cancellationToken);
}

/// <summary>Forum members.</summary>
public interface IMemberRepository : IRepository<Member, MemberId>
{
    /// <summary>A forum's members in the order they joined, those who left only when asked.</summary>
    Task<IReadOnlyList<Member>> ListAsync(ForumId forumId, bool includeLeft, CancellationToken cancellationToken);

    /// <summary>The display names the forum holds: no public text may contain one.</summary>
    Task<IReadOnlyList<string>> NamesAsync(ForumId forumId, CancellationToken cancellationToken);

    /// <summary>How many current members the forum has.</summary>
    Task<int> CountCurrentAsync(ForumId forumId, CancellationToken cancellationToken);

    /// <summary>Current members with an age to leave at whose review date has come and who are not flagged yet, tracked.</summary>
    Task<IReadOnlyList<Member>> DueForAgeReviewAsync(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>Forum meetings.</summary>
public interface IMeetingRepository : IRepository<Meeting, MeetingId>
{
    /// <summary>A forum's meetings, latest first.</summary>
    Task<IReadOnlyList<Meeting>> ListAsync(ForumId forumId, CancellationToken cancellationToken);

    /// <summary>The day of the forum's latest meeting, if it has met.</summary>
    Task<DateOnly?> LastHeldOnAsync(ForumId forumId, DateOnly onOrBefore, CancellationToken cancellationToken);

    /// <summary>Every meeting held in the period, untracked.</summary>
    Task<IReadOnlyList<Meeting>> HeldAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>"You said" items with their actions.</summary>
public interface IForumItemRepository : IRepository<ForumItem, ForumItemId>
{
    /// <summary>Up to <paramref name="take"/> items in id (time) order after <paramref name="after"/>, filtered.</summary>
    Task<IReadOnlyList<ForumItem>> ListAsync(ItemFilter filter, Guid? after, int take, CancellationToken cancellationToken);

    /// <summary>Items with an open action past its due date not yet flagged, tracked.</summary>
    Task<IReadOnlyList<ForumItem>> WithActionsNewlyOverdueAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>Whether any item was raised as a finding of the activity.</summary>
    Task<bool> AnyRaisedAtAsync(InvolvementActivityId activity, CancellationToken cancellationToken);

    /// <summary>When each of the forum's items was raised and reported back.</summary>
    Task<IReadOnlyList<LoopDates>> LoopDatesAsync(ForumId forumId, CancellationToken cancellationToken);

    /// <summary>When each item raised in the period was raised and reported back, by forum.</summary>
    Task<IReadOnlyList<(ForumId ForumId, LoopDates Dates)>> RaisedAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Published items, most recently reported back first, after the cursor's position, as the public board shows them.</summary>
    Task<IReadOnlyList<PublishedItem>> PublishedAsync(BoardPosition? after, int take, CancellationToken cancellationToken);
}

/// <summary>Involvement activities.</summary>
public interface IActivityRepository : IRepository<InvolvementActivity, InvolvementActivityId>
{
    /// <summary>
    /// Saves <paramref name="activity"/> with an item raised at it, under the version it was read at: a correction of
    /// its date or forum racing the item fails one of the two, so the item never keeps a date or forum the activity left.
    /// </summary>
    void HoldVersionOf(InvolvementActivity activity);

    /// <summary>Up to <paramref name="take"/> activities in id order after <paramref name="after"/>, of one kind or all.</summary>
    Task<IReadOnlyList<InvolvementActivity>> ListAsync(ActivityKind? kind, Guid? after, int take, CancellationToken cancellationToken);

    /// <summary>Every activity held in the period, untracked.</summary>
    Task<IReadOnlyList<InvolvementActivity>> HeldAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}

/// <summary>The participation action plan.</summary>
public interface IPlanActionRepository : IRepository<PlanAction, PlanActionId>
{
    /// <summary>The whole plan in due-date order; only the overdue-flagged actions when asked.</summary>
    Task<IReadOnlyList<PlanAction>> ListAsync(bool overdueOnly, CancellationToken cancellationToken);

    /// <summary>Open actions past their due date not yet flagged, tracked.</summary>
    Task<IReadOnlyList<PlanAction>> NewlyOverdueAsync(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>Which items a list shows.</summary>
/// <param name="ForumId">One forum's, or all.</param>
/// <param name="Status">In one state of the loop, or any.</param>
/// <param name="Overdue">Only those with an action flagged overdue and still open.</param>
public sealed record ItemFilter(ForumId? ForumId, ItemStatus? Status, bool Overdue);

/// <summary>Where a page of forums ends: the last forum's name and id.</summary>
/// <param name="Name">The name.</param>
/// <param name="Id">The id.</param>
public sealed record ForumListPosition(string Name, Guid Id);

/// <summary>Where a public board page ends: the last item's report-back day and id.</summary>
/// <param name="ReportedBackOn">The day.</param>
/// <param name="ItemId">The item.</param>
public sealed record BoardPosition(DateOnly ReportedBackOn, Guid ItemId);
