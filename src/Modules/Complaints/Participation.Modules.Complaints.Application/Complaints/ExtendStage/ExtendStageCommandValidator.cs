using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.ExtendStage;

internal sealed class ExtendStageCommandValidator : AbstractValidator<ExtendStageCommand>
{
    public ExtendStageCommandValidator() => RuleFor(command => command.Reason).NotEmpty().MaximumLength(TextLengths.Reason);
}
