using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanDecision;

internal sealed class RecordOmbudsmanDecisionCommandValidator : AbstractValidator<RecordOmbudsmanDecisionCommand>
{
    public RecordOmbudsmanDecisionCommandValidator()
    {
        RuleFor(command => command.Remedy).MaximumLength(TextLengths.Statement);
        RuleFor(command => command.RemedyDueOn).Null().When(command => string.IsNullOrWhiteSpace(command.Remedy)).WithMessage("remedyDueOn goes with a remedy.");
    }
}
