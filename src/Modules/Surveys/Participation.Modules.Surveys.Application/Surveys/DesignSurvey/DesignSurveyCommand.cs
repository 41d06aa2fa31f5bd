using Mediator;

namespace Participation.Modules.Surveys.Application.Surveys.DesignSurvey;

/// <summary>Starts a survey as a draft; returns its id.</summary>
public sealed record DesignSurveyCommand(QuestionnaireDocument Draft) : ICommand<Guid>;
