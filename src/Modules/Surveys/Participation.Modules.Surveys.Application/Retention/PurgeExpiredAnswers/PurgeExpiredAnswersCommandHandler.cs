using Participation.BuildingBlocks.Domain.Calendar;
using Mediator;
using Microsoft.Extensions.Options;
using Participation.Modules.Surveys.Application.Responding;

namespace Participation.Modules.Surveys.Application.Retention.PurgeExpiredAnswers;

/// <summary>
/// Retention (docs/domain/data-protection-and-retention.md#retention): a survey closes when its latest version does;
/// the configured number of months after that, its raw answers and its links (with their case references) are
/// deleted. What was reported stays: each answer's voice in Reporting holds no words and no identity. A survey with
/// no close date keeps its answers until it is given one. Deleting what is already gone changes nothing, so the job
/// may run twice.
/// </summary>
internal sealed class PurgeExpiredAnswersCommandHandler(ISurveyRepository surveys, ISurveyResponseRepository responses, IInvitationRepository invitations, IOptions<SurveysOptions> options, TimeProvider clock)
    : ICommandHandler<PurgeExpiredAnswersCommand, int>
{
    public async ValueTask<int> Handle(PurgeExpiredAnswersCommand command, CancellationToken cancellationToken)
    {
        var closedBefore = UkDates.Today(clock).AddMonths(-options.Value.RetentionMonthsAfterClose);
        var expired = await surveys.ClosedBeforeAsync(closedBefore, cancellationToken);
        if (expired.Count == 0)
        {
            return 0;
        }

        await invitations.DeleteForSurveysAsync(expired, cancellationToken);
        return await responses.DeleteForSurveysAsync(expired, cancellationToken);
    }
}
