using Mediator;

namespace Participation.Modules.Forums.Application.Forums.CloseForum;

/// <summary>Closes a forum the client read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record CloseForumCommand(Guid Id, uint ExpectedVersion) : ICommand;
