using FluentValidation;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Calls.RecordCall;

internal sealed class RecordCallCommandValidator : AbstractValidator<RecordCallCommand>
{
    public RecordCallCommandValidator()
    {
        RuleFor(command => command.Outcome).IsInEnum();
        RuleFor(command => command.Version).NotNull().GreaterThan(0).When(command => command.Outcome == CallOutcome.FeedbackGiven)
            .WithMessage("version is required with feedback-given: the published version of the closed-case questionnaire the answers were taken against.");
        RuleFor(command => command.Answers).NotNull().When(command => command.Outcome == CallOutcome.FeedbackGiven)
            .WithMessage("answers is required with feedback-given.");
        RuleFor(command => command.Answers).Null().When(command => command.Outcome != CallOutcome.FeedbackGiven)
            .WithMessage("answers are given only with feedback-given.");
    }
}
