using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>An activity's findings follow a forum's loop (young inspectors report back to their group), so the activity must name the forum that ran it.</summary>
internal sealed class FindingsNeedAForumRule(ForumId? forumId) : IBusinessRule
{
    public string Code => "forums.activities.findings-need-a-forum";

    public string Message => "The activity names no forum that ran it, so its findings have no one to be reported back to: record which forum ran it first.";

    public bool IsBroken() => forumId is null;
}
