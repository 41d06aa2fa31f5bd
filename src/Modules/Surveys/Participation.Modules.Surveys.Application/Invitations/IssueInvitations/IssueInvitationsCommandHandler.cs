using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Invitations.IssueInvitations;

internal sealed class IssueInvitationsCommandHandler(ISurveyRepository surveys, IInvitationRepository invitations, TimeProvider clock)
    : ICommandHandler<IssueInvitationsCommand, IReadOnlyList<IssuedInvitation>>
{
    /// <summary>How long a link opens when nothing else is said and the survey does not close sooner.</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    public async ValueTask<IReadOnlyList<IssuedInvitation>> Handle(IssueInvitationsCommand command, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(new SurveyId(command.SurveyId), cancellationToken);
        var now = clock.GetUtcNow();
        var expiresAt = command.ExpiresAt ?? DefaultExpiry(survey, now);
        var respondent = RespondentGroups.ProfileFor(survey.Current, command.Respondent);
        IReadOnlyList<InvitationRecipient> recipients = command.Kind == InvitationKind.Open ? [new InvitationRecipient(null)] : command.Recipients;
        var issued = new List<IssuedInvitation>(recipients.Count);
        foreach (var recipient in recipients)
        {
            var token = InvitationTokens.New();
            var invitation = Invitation.Issue(survey, command.Kind, InvitationTokens.Hash(token), recipient.CaseReference?.Trim(), respondent, command.Variant, expiresAt, now);
            invitations.Add(invitation);
            issued.Add(new IssuedInvitation(invitation.Id.Value, token, RespondentLinks.LinkFor(token), invitation.CaseReference, expiresAt));
        }

        return issued;
    }

    /// <summary>The end of the published survey's last day (UTC), or 90 days, whichever is sooner.</summary>
    private static DateTimeOffset DefaultExpiry(Survey survey, DateTimeOffset now)
    {
        var lifetime = now + DefaultLifetime;
        return survey.Current.ClosesOn is { } closesOn && new DateTimeOffset(closesOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) is var closing && closing < lifetime
            ? closing
            : lifetime;
    }
}
