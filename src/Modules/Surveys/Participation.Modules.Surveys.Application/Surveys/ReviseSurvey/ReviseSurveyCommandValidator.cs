using FluentValidation;

namespace Participation.Modules.Surveys.Application.Surveys.ReviseSurvey;

internal sealed class ReviseSurveyCommandValidator : AbstractValidator<ReviseSurveyCommand>
{
    public ReviseSurveyCommandValidator() => RuleFor(command => command.Draft).SetValidator(new QuestionnaireValidator()).OverridePropertyName(string.Empty);
}
