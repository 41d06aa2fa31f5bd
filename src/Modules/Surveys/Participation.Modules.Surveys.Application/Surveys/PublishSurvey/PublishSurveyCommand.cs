using Mediator;

namespace Participation.Modules.Surveys.Application.Surveys.PublishSurvey;

/// <summary>Publishes the draft of a survey the client read at <paramref name="ExpectedVersion"/>; returns the new version's number.</summary>
public sealed record PublishSurveyCommand(Guid Id, uint ExpectedVersion) : ICommand<int>;
