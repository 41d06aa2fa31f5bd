using FluentValidation;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Application.Returns.ReviewReturn;

internal sealed class ReviewReturnCommandValidator : AbstractValidator<ReviewReturnCommand>
{
    public ReviewReturnCommandValidator()
    {
        RuleFor(command => command.Decision).IsInEnum();
        RuleFor(command => command.Ratings).NotNull()
            .Must(ratings => ratings is null || (ratings.Count == 7 && ratings.Where(entry => entry is not null).Select(entry => entry.Principle).Distinct().Count() == 7))
            .WithMessage("ratings needs one rating for each of the seven principles.");
        RuleForEach(command => command.Ratings).NotNull().WithMessage("Each rating must be an object, not null.").ChildRules(rating =>
        {
            rating.RuleFor(entry => entry.Principle).IsInEnum();
            rating.RuleFor(entry => entry.Rating).IsInEnum();
            rating.RuleFor(entry => entry.Note).MaximumLength(TextLengths.Reason);
        });
        RuleFor(command => command.Comments).MaximumLength(TextLengths.Statement);
    }
}
