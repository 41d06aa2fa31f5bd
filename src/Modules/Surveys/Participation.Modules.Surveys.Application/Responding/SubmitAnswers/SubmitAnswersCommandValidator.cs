using FluentValidation;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Surveys.Application.Responding.SubmitAnswers;

internal sealed class SubmitAnswersCommandValidator : AbstractValidator<SubmitAnswersCommand>
{
    public SubmitAnswersCommandValidator()
    {
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("version must be the version the questionnaire was given as.");
        RuleFor(command => command.Answers).NotNull().WithMessage("answers is required.")
            .Must(answers => answers.Count <= Surveys.QuestionnaireDocument.MaxQuestions).WithMessage($"answers may hold at most {Surveys.QuestionnaireDocument.MaxQuestions}.");
        RuleFor(command => command.Channel).Must(channel => channel is Channel.OnlineForm or Channel.App)
            .WithMessage("channel must be online-form or app: answers taken by phone, on paper or face to face are entered by staff.");
    }
}
