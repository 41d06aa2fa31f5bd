using FluentValidation;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Application.Triggers.ReceiveCaseEvent;

internal sealed class ReceiveCaseEventCommandValidator : AbstractValidator<ReceiveCaseEventCommand>
{
    public ReceiveCaseEventCommandValidator()
    {
        RuleFor(command => command.EventId).NotEmpty().MaximumLength(TextLengths.ExternalId);
        RuleFor(command => command.Event).IsInEnum();
        RuleFor(command => command.EventDate).NotEmpty();
        RuleFor(command => command.CaseReference).MaximumLength(TextLengths.ExternalId).Must(reference => reference is null || reference.Trim().Length > 0)
            .WithMessage("caseReference must not be blank; leave it out instead.");
        RuleFor(command => command.Respondent!).SetValidator(new Responding.RespondentGroupsValidator()).When(command => command.Respondent is not null);
    }
}
