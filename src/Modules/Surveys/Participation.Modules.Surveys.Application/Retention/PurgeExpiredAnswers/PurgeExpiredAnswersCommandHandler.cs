using Participation.BuildingBlocks.Domain.Calendar;
using Mediator;
using Microsoft.Extensions.Options;
using Participation.Modules.Surveys.Application.Responding;

namespace Participation.Modules.Surveys.Application.Retention.PurgeExpiredAnswers;

/// <summary>
/// Retention (docs/domain/data-protection-and-retention.md#retention): a survey closes when its latest version does;
/// the configured number of months after that, its raw answers and its links (with their case references) are
/// deleted, and case events received that long ago once no link of theirs is left. What was reported stays: each answer's voice in Reporting holds no words and no identity. A survey with
/// no close date keeps its answers until it is given one. Deleting what is already gone changes nothing, so the job
/// may run twice.
/// </summary>
internal sealed class PurgeExpiredAnswersCommandHandler(
    ISurveyRepository surveys, ISurveyResponseRepository responses, IInvitationRepository invitations, IReceivedCaseEventRepository caseEvents, IOptions<SurveysOptions> options, TimeProvider clock)
    : ICommandHandler<PurgeExpiredAnswersCommand, int>
{
    public async ValueTask<int> Handle(PurgeExpiredAnswersCommand command, CancellationToken cancellationToken)
    {
        var closedBefore = UkDates.Today(clock).AddMonths(-options.Value.RetentionMonthsAfterClose);
        var expired = await surveys.ClosedBeforeAsync(closedBefore, cancellationToken);
        var deleted = 0;
        if (expired.Count > 0)
        {
            await invitations.DeleteForSurveysAsync(expired, cancellationToken);
            deleted = await responses.DeleteForSurveysAsync(expired, cancellationToken);
        }

        await caseEvents.DeleteUnusedReceivedBeforeAsync(UkDates.StartOf(closedBefore), cancellationToken);
        return deleted;
    }
}
