using FluentValidation;

namespace Participation.Modules.Surveys.Application.Surveys.DesignSurvey;

internal sealed class DesignSurveyCommandValidator : AbstractValidator<DesignSurveyCommand>
{
    public DesignSurveyCommandValidator() => RuleFor(command => command.Draft).SetValidator(new QuestionnaireValidator()).OverridePropertyName(string.Empty);
}
