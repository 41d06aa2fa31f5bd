using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain.Text;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Surveys.Contracts;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Responding.PublishSurveyResponseSubmitted;

/// <summary>
/// Tells Reporting, through the outbox, in the transaction that records the answers: one voice, with the themes the
/// taxonomy suggests for its free text; the words themselves stay here.
/// </summary>
internal sealed class PublishSurveyResponseSubmittedHandler(IOutbox outbox, ISender sender) : INotificationHandler<SurveyResponseRecordedDomainEvent>
{
    public async ValueTask Handle(SurveyResponseRecordedDomainEvent notification, CancellationToken cancellationToken)
    {
        var suggested = notification.FreeText.Count == 0 ? [] : await sender.Send(new SuggestThemesQuery([.. notification.FreeText]), cancellationToken);
        var questionnaire = notification.Questionnaire;
        // A random id, as the response's: it becomes the voice's id, and a time-ordered one would say when, to the millisecond.
        outbox.Enqueue(new SurveyResponseSubmitted(
            Guid.NewGuid(),
            notification.OccurredOn,
            notification.SurveyId.Value,
            notification.Version,
            KebabCodes<SurveyPurpose>.ToCode(questionnaire.Purpose),
            notification.ReceivedOn,
            KebabCodes<Audience>.ToCode(notification.Respondent.Audience),
            notification.Respondent.ServiceArea,
            KebabCodes<Channel>.ToCode(notification.Channel),
            [.. suggested.SelectMany(themes => themes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. notification.Respondent.Cohorts.Select(KebabCodes<PriorityCohort>.ToCode)],
            notification.Rating,
            notification.Quotable is { } quotable ? Redaction.Redact(quotable) : null));
    }
}
