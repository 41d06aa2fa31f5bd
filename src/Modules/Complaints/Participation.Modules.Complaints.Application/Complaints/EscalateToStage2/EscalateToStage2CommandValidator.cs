using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.EscalateToStage2;

internal sealed class EscalateToStage2CommandValidator : AbstractValidator<EscalateToStage2Command>
{
    public EscalateToStage2CommandValidator()
    {
        RuleFor(command => command.InvestigatingOfficer).NotEmpty().MaximumLength(200);
        RuleFor(command => command.IndependentPerson).NotEmpty().MaximumLength(200);
        RuleFor(command => command.LateRequestReason).MaximumLength(1000);
    }
}
