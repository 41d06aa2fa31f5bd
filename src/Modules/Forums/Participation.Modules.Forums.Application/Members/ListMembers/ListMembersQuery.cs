using Mediator;

namespace Participation.Modules.Forums.Application.Members.ListMembers;

/// <summary>A forum's members in the order they joined; those who left only when asked.</summary>
public sealed record ListMembersQuery(Guid ForumId, bool IncludeLeft) : IQuery<IReadOnlyList<MemberResponse>>;
