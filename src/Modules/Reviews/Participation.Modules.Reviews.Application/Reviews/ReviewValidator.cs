using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews;

internal sealed class ReviewValidator : AbstractValidator<IReviewCommand>
{
    /// <summary>Pathway plans run to 25; older is a typing mistake.</summary>
    public const int OldestAge = 25;

    /// <summary>A looked-after child is under 18: care ends at 18 (Children Act 1989, s.105(1)).</summary>
    public const int OldestLookedAfter = 17;

    // A case-management id: letters and digits, with . _ / - inside. It starts with a letter or digit, so the SSDA903
    // file's CHILD field can never open as a spreadsheet formula, and holds no comma, quote or space to mangle it.
    private const string ChildReferencePattern = @"^[A-Za-z0-9][A-Za-z0-9._/-]*\z";

    public ReviewValidator()
    {
        RuleFor(command => command.Kind).IsInEnum();
        RuleFor(command => command.ChildReference).Must(reference => !string.IsNullOrWhiteSpace(reference)).WithMessage("childReference is required.").MaximumLength(TextLengths.ExternalId)
            .Must(reference => string.IsNullOrWhiteSpace(reference) || System.Text.RegularExpressions.Regex.IsMatch(reference.Trim(), ChildReferencePattern)).WithMessage("childReference must be the case-management system's id: letters and digits, with . _ / - after the first.");
        RuleFor(command => command.AgeInYears).InclusiveBetween(0, OldestAge);
        RuleFor(command => command.AgeInYears).LessThanOrEqualTo(OldestLookedAfter).When(command => command.Kind == ReviewKind.LookedAfterReview)
            .WithMessage($"ageInYears must be {OldestLookedAfter} or less for a looked-after review: care ends at 18.");
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
