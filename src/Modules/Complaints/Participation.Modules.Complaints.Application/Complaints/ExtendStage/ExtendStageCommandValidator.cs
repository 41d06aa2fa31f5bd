using Participation.BuildingBlocks.Domain;
using FluentValidation;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Complaints.Application.Complaints.ExtendStage;

internal sealed class ExtendStageCommandValidator : AbstractValidator<ExtendStageCommand>
{
    public ExtendStageCommandValidator()
    {
        // Procedures without a statutory maximum (corporate) still cannot run a stage for more than a year.
        RuleFor(command => command.WorkingDays).InclusiveBetween(1, WorkingDays.MostInAYear);
        RuleFor(command => command.Reason).NotEmpty().MaximumLength(TextLengths.Reason);
    }
}
