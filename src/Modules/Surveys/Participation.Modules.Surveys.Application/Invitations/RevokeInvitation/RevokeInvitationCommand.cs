using Mediator;

namespace Participation.Modules.Surveys.Application.Invitations.RevokeInvitation;

/// <summary>Stops a link opening; revoking it again changes nothing.</summary>
public sealed record RevokeInvitationCommand(Guid SurveyId, Guid InvitationId) : ICommand;
