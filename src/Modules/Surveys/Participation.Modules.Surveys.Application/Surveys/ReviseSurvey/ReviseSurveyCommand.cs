using Mediator;

namespace Participation.Modules.Surveys.Application.Surveys.ReviseSurvey;

/// <summary>Replaces the draft of a survey the client read at <paramref name="ExpectedVersion"/>; published versions stay as they are.</summary>
public sealed record ReviseSurveyCommand(Guid Id, uint ExpectedVersion, QuestionnaireDocument Draft) : ICommand;
