using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Surveys.Application.Responding.EnterAnswers;

internal sealed class EnterAnswersCommandValidator : AbstractValidator<EnterAnswersCommand>
{
    public EnterAnswersCommandValidator()
    {
        RuleFor(command => command.Version).GreaterThan(0).WithMessage("version must be a published version's number, from 1.");
        RuleFor(command => command.Channel).Must(channel => channel is Channel.Telephone or Channel.PaperForm or Channel.FaceToFace)
            .WithMessage("channel must be telephone, paper-form or face-to-face: answers sent online come through their link.");
        RuleFor(command => command.CaseReference).MaximumLength(TextLengths.ExternalId).Must(reference => reference is null || reference.Trim().Length > 0)
            .WithMessage("caseReference must not be blank; leave it out instead.");
        RuleFor(command => command.Answers).NotNull().WithMessage("answers is required.");
        RuleFor(command => command.Respondent!).SetValidator(new RespondentGroupsValidator()).When(command => command.Respondent is not null);
    }
}
