using FluentValidation;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application.Members;

internal sealed class MemberDetailsValidator : AbstractValidator<IMemberDetailsCommand>
{
    /// <summary>Two characters at least, so a name can be looked for in text meant for the public.</summary>
    public const int DisplayNameMinLength = 2;

    /// <summary>A display name is a first name or initials, not a full identity.</summary>
    public const int DisplayNameMaxLength = 40;

    /// <summary>Long enough for any UK or international number as written.</summary>
    public const int PhoneMaxLength = 30;

    public MemberDetailsValidator(TimeProvider clock)
    {
        RuleFor(command => command.DisplayName).Must(name => !string.IsNullOrWhiteSpace(name) && name.Trim().Length >= DisplayNameMinLength)
            .WithMessage($"displayName is required: a first name, nickname or initials of at least {DisplayNameMinLength} characters.")
            .MaximumLength(DisplayNameMaxLength);
        RuleFor(command => command.AgeBand).IsInEnum();
        RuleFor(command => command.Audience).IsInEnum();
        RuleFor(command => command.Cohorts).NotNull().HoldsAtMost(ListLengths.Cohorts);
        RuleFor(command => command.ContactEmail).IsSendableEmail().MaximumLength(TextLengths.Email);
        RuleFor(command => command.ContactPhone).Matches(@"^\+?[0-9 ()-]{7,}$").WithMessage("contactPhone must be a telephone number.").MaximumLength(PhoneMaxLength);
        // The daily ageing-out check flags children and care leavers by their leaving age; adults' groups set none
        // (docs/domain/forums.md#ageing-out). A child without one would never be flagged, an adult with one at once.
        RuleFor(command => command.AgeOutAt).NotNull().When(command => AgesOut(command.Audience))
            .WithMessage("ageOutAt is required for a child, young person or care leaver: the age they leave the forum (18, or 21 or 25 for a care leaver).");
        RuleFor(command => command.AgeOutAt).Null().When(command => !AgesOut(command.Audience))
            .WithMessage("ageOutAt is only for a child, young person or care leaver: adults' groups set no leaving age.");
        RuleFor(command => command.AgeReviewOn).NotNull().When(command => command.AgeOutAt is not null)
            .WithMessage("ageReviewOn is required with ageOutAt: the day the member's age band is next checked.");
        RuleFor(command => command.ConsentGivenBy).IsInEnum();
        // Taking part rests on consent already given: a day to come is a mistake, or consent not yet held.
        RuleFor(command => command.ConsentGivenOn).Must(day => day <= UkDates.Today(clock))
            .WithMessage("consentGivenOn cannot be after today: record consent once it is given.");
    }

    private static bool AgesOut(Audience audience) => audience is Audience.ChildOrYoungPerson or Audience.CareLeaver;

    /// <summary>The details as the domain takes them, trimmed.</summary>
    public static MemberDetails ToDetails(IMemberDetailsCommand command) =>
        new(command.DisplayName.Trim(), command.AgeBand, command.Audience, command.Cohorts, command.ContactEmail?.Trim(), command.ContactPhone?.Trim(), command.AgeOutAt, command.AgeReviewOn);
}
