using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Calls.RecordCall;

/// <summary>
/// Telephone outcomes (docs/domain/closed-case-follow-up.md#telephone-outcomes). Feedback given on the call is a
/// telephone response to the questionnaire the letter linked to, entered by the officer, in the same transaction; a
/// final outcome closes the letter's link.
/// </summary>
internal sealed class RecordCallCommandHandler(
    ICaseClosureRepository closures, IInvitationRepository invitations, ClosureFeedback feedback, ICurrentUser user, IOptions<ClosedCasesOptions> options, TimeProvider clock)
    : ICommandHandler<RecordCallCommand, CaseClosureResponse>
{
    public async ValueTask<CaseClosureResponse> Handle(RecordCallCommand command, CancellationToken cancellationToken)
    {
        var closure = await closures.GetAsync(new CaseClosureId(command.Id), cancellationToken) ?? throw new NotFoundException("Closure", command.Id);
        var now = clock.GetUtcNow();
        var today = UkDates.Of(now);
        closure.RecordCall(command.Outcome, user.Id ?? "unknown", options.Value.CallAttempts, now, today);
        var invitation = await invitations.LetterLinkAsync(closure, cancellationToken);
        if (command.Outcome == CallOutcome.FeedbackGiven)
        {
            await feedback.RecordAsync(closure, invitation, Channel.Telephone, command.Version!.Value, command.Answers!, user.Id, today, cancellationToken);
        }

        if (command.OptOut)
        {
            FollowUps.OptOut(closure, invitation, OptOutRoute.Staff, clock);
        }

        if (closure.FollowUpEndedOn is not null)
        {
            invitation?.Revoke(now);
        }

        return CaseClosureResponse.Of(closure, withContact: true);
    }
}
