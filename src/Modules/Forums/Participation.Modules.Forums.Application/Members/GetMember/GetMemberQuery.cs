using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Forums.Application.Members.GetMember;

/// <summary>One member of a forum, versioned.</summary>
public sealed record GetMemberQuery(Guid ForumId, Guid Id) : IQuery<Versioned<MemberResponse>>;
