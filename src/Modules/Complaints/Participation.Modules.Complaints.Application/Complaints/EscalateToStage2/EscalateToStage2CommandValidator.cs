using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.EscalateToStage2;

internal sealed class EscalateToStage2CommandValidator : AbstractValidator<EscalateToStage2Command>
{
    public EscalateToStage2CommandValidator()
    {
        RuleFor(command => command.InvestigatingOfficer).NotEmpty().MaximumLength(TextLengths.Name);
        RuleFor(command => command.IndependentPerson).NotEmpty().MaximumLength(TextLengths.Name);
        RuleFor(command => command.LateRequestReason).MaximumLength(TextLengths.Reason);
    }
}
