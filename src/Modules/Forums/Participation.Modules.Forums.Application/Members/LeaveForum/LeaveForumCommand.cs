using Mediator;

namespace Participation.Modules.Forums.Application.Members.LeaveForum;

/// <summary>Records that a member left: their name and contact details are erased in the same transaction.</summary>
public sealed record LeaveForumCommand(Guid ForumId, Guid Id, uint ExpectedVersion) : ICommand;
