using FluentValidation;
using Participation.BuildingBlocks.Domain.Involvement;

namespace Participation.BuildingBlocks.Application.Validation;

/// <summary>The request rules for Hart's ladder and the Lundy questions, worded once for every module that tags activities.</summary>
public static class InvolvementRules
{
    /// <summary>A rung of Hart's ladder, 1 to 8.</summary>
    public static IRuleBuilderOptions<T, int> MustBeAHartRung<T>(this IRuleBuilder<T, int> rule) =>
        rule.Must(HartRung.IsRung).WithMessage($"{{PropertyName}} must be a rung of Hart's ladder, {HartRung.Lowest} to {HartRung.Highest}.");

    /// <summary>All four Lundy answers given, each "yes" with its evidence, every line within its length.</summary>
    public static IRuleBuilderOptions<T, LundyAssessment?> MustBeALundyAssessment<T>(this IRuleBuilder<T, LundyAssessment?> rule) =>
        rule.NotNull().SetValidator(new LundyAssessmentValidator()!);

    private sealed class LundyAssessmentValidator : AbstractValidator<LundyAssessment>
    {
        public LundyAssessmentValidator()
        {
            RuleFor(lundy => lundy.Space).NotNull().SetValidator(new LundyElementValidator());
            RuleFor(lundy => lundy.Voice).NotNull().SetValidator(new LundyElementValidator());
            RuleFor(lundy => lundy.Audience).NotNull().SetValidator(new LundyElementValidator());
            RuleFor(lundy => lundy.Influence).NotNull().SetValidator(new LundyElementValidator());
        }
    }

    private sealed class LundyElementValidator : AbstractValidator<LundyElement>
    {
        public LundyElementValidator()
        {
            RuleFor(element => element.Evidence)
                .Must(evidence => !string.IsNullOrWhiteSpace(evidence))
                .When(element => element.Met)
                .WithMessage("{PropertyName} is required where the element was met: say what shows it.");
            RuleFor(element => element.Evidence).MaximumLength(LundyElement.EvidenceLength);
        }
    }
}
