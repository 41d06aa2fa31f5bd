using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Feedback.RecordFeedback;

/// <summary>Feedback by any route ends the follow-up (docs/domain/closed-case-follow-up.md#letter): the letter's link closes and no call is made.</summary>
internal sealed class RecordFeedbackCommandHandler(ICaseClosureRepository closures, IInvitationRepository invitations, ClosureFeedback feedback, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordFeedbackCommand, CaseClosureResponse>
{
    public async ValueTask<CaseClosureResponse> Handle(RecordFeedbackCommand command, CancellationToken cancellationToken)
    {
        var closure = await closures.GetAsync(new CaseClosureId(command.Id), cancellationToken) ?? throw new NotFoundException("Closure", command.Id);
        var now = clock.GetUtcNow();
        var today = UkDates.Of(now);
        closure.FeedbackGivenToOfficer(command.Channel, today);
        var invitation = await invitations.LetterLinkAsync(closure, cancellationToken);
        await feedback.RecordAsync(closure, invitation, command.Channel, command.Version, command.Answers, user.Id, today, cancellationToken);
        invitation?.Revoke(now);
        return CaseClosureResponse.Of(closure, withContact: true);
    }
}
