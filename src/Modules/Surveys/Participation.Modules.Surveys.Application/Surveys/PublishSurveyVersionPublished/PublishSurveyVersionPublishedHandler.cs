using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Contracts;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys.PublishSurveyVersionPublished;

/// <summary>Tells other modules, through the outbox, in the transaction that publishes the version.</summary>
internal sealed class PublishSurveyVersionPublishedHandler(IOutbox outbox) : INotificationHandler<SurveyVersionPublishedDomainEvent>
{
    public ValueTask Handle(SurveyVersionPublishedDomainEvent notification, CancellationToken cancellationToken)
    {
        var questionnaire = notification.Version.Questionnaire;
        outbox.Enqueue(new SurveyVersionPublished(
            Guid.CreateVersion7(),
            notification.Version.PublishedAt,
            notification.SurveyId.Value,
            notification.Version.Number,
            KebabCodes<SurveyPurpose>.ToCode(questionnaire.Purpose),
            [.. questionnaire.Audiences.Select(KebabCodes<Audience>.ToCode)],
            questionnaire.ServiceAreas,
            questionnaire.Anonymous));
        return ValueTask.CompletedTask;
    }
}
