using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews;

internal sealed class ReviewValidator : AbstractValidator<IReviewCommand>
{
    /// <summary>Pathway plans run to 25; older is a typing mistake.</summary>
    public const int OldestAge = 25;

    public ReviewValidator()
    {
        RuleFor(command => command.Kind).IsInEnum();
        RuleFor(command => command.ChildReference).Must(reference => !string.IsNullOrWhiteSpace(reference)).WithMessage("childReference is required.").MaximumLength(TextLengths.ExternalId);
        RuleFor(command => command.AgeInYears).InclusiveBetween(0, OldestAge);
        RuleFor(command => command.ServiceArea).NotEmpty().MaximumLength(TextLengths.Code);
        RuleFor(command => command.Chair).Must(chair => !string.IsNullOrWhiteSpace(chair)).WithMessage("chair is required.").MaximumLength(TextLengths.Name);
        RuleFor(command => command.Facts).NotNull().ChildRules(facts =>
        {
            facts.RuleFor(entry => entry.Views).NotEmpty().WithMessage("views needs at least one route, or not-conveyed.").Must(views => views is null || views.Count <= ReviewFacts.MaxViews)
                .WithMessage($"views holds at most {ReviewFacts.MaxViews} routes.");
            facts.RuleForEach(entry => entry.Views).IsInEnum();
            facts.RuleFor(entry => entry.FeltHelped).IsInEnum();
        });
    }

    /// <summary>The details as the domain takes them, trimmed.</summary>
    public static ReviewDetails ToDetails(IReviewCommand command) =>
        new(command.Kind, command.HeldOn, command.ChildReference.Trim(), command.AgeInYears, command.ServiceArea, command.Chair.Trim(), command.DueOn);
}
