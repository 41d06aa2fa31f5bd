using FluentValidation;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Surveys.Application.ClosedCases.Feedback.RecordFeedback;

internal sealed class RecordFeedbackCommandValidator : AbstractValidator<RecordFeedbackCommand>
{
    public RecordFeedbackCommandValidator()
    {
        RuleFor(command => command.Channel).Must(channel => channel is Channel.Telephone or Channel.Letter or Channel.PaperForm or Channel.Email or Channel.FaceToFace)
            .WithMessage("channel must be telephone, letter, paper-form, email or face-to-face: answers sent online come through the letter's link.");
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("version must be a published version's number, from 1.");
        RuleFor(command => command.Answers).NotNull().WithMessage("answers is required.");
    }
}
