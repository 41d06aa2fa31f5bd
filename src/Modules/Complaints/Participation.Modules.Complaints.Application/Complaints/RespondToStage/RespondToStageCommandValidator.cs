using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.RespondToStage;

internal sealed class RespondToStageCommandValidator : AbstractValidator<RespondToStageCommand>
{
    public RespondToStageCommandValidator()
    {
        RuleFor(command => command.Findings).NotEmpty().HoldsAtMost(ListLengths.Points)
            .Must(findings => findings is null || findings.Select(finding => finding?.Point).Distinct().Count() == findings.Count)
            .WithMessage("One finding per point.");
        RuleForEach(command => command.Findings).NotNull().WithMessage("Each finding must be an object, not null.");
        RuleFor(command => command.Remedy).MaximumLength(TextLengths.Statement);
    }
}
