using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Surveys;

/// <summary>A published version: numbered from 1, never changed; every response names the version it answered.</summary>
public sealed record SurveyVersion(int Number, DateTimeOffset PublishedAt, Questionnaire Questionnaire);

/// <summary>A version was published.</summary>
public sealed record SurveyVersionPublishedDomainEvent(SurveyId SurveyId, SurveyVersion Version) : IDomainEvent
{
    public DateTimeOffset OccurredOn => Version.PublishedAt;
}
