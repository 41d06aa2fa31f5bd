using FluentValidation;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Forums;

internal sealed class ForumDetailsValidator : AbstractValidator<IForumDetailsCommand>
{
    /// <summary>More audiences than there are.</summary>
    public const int MaxAudiences = 8;

    public ForumDetailsValidator()
    {
        RuleFor(command => command.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("name is required.").MaximumLength(TextLengths.Name);
        RuleFor(command => command.Kind).IsInEnum();
        RuleFor(command => command.TermsOfReference).Must(terms => !string.IsNullOrWhiteSpace(terms)).WithMessage("termsOfReference is required.").MaximumLength(TextLengths.LongStatement);
        RuleFor(command => command.Audiences).NotEmpty().WithMessage("audiences needs at least the forum's main audience.").HoldsAtMost(MaxAudiences);
        RuleFor(command => command.Cohorts).NotNull().HoldsAtMost(ListLengths.Cohorts);
        RuleFor(command => command.Cadence).IsInEnum();
        RuleFor(command => command.LeadOfficer).Must(officer => !string.IsNullOrWhiteSpace(officer)).WithMessage("leadOfficer is required.").MaximumLength(TextLengths.Name);
    }

    /// <summary>The details as the domain takes them, trimmed.</summary>
    public static ForumDetails ToDetails(IForumDetailsCommand command) =>
        new(command.Name.Trim(), command.Kind, command.TermsOfReference.Trim(), command.Audiences, command.Cohorts, command.Cadence, command.LeadOfficer.Trim());
}
