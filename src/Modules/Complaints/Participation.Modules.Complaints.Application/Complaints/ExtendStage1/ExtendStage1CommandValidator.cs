using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.ExtendStage1;

internal sealed class ExtendStage1CommandValidator : AbstractValidator<ExtendStage1Command>
{
    public ExtendStage1CommandValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(1000);
}
