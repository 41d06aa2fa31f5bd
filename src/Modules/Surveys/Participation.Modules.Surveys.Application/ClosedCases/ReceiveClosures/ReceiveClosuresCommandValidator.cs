using FluentValidation;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.ReceiveClosures;

internal sealed class ReceiveClosuresCommandValidator : AbstractValidator<ReceiveClosuresCommand>
{
    /// <summary>The most closures one batch carries: a day's closures for a large council.</summary>
    public const int MaxBatch = 500;

    public ReceiveClosuresCommandValidator(TimeProvider clock)
    {
        RuleFor(command => command.Closures).NotEmpty().WithMessage("closures must list at least one closure.")
            .Must(closures => closures.Count <= MaxBatch).WithMessage($"closures may list at most {MaxBatch}.")
            .Must(closures => closures.Where(closure => closure?.ClosureId is not null).Select(closure => closure.ClosureId.Trim()).Distinct(StringComparer.Ordinal).Count() == closures.Count(closure => closure?.ClosureId is not null))
            .WithMessage("closures lists the same closureId twice.");
        RuleForEach(command => command.Closures).NotNull().WithMessage("Each closure must be an object.").SetValidator(new ClosureNoticeValidator(clock));
    }
}

internal sealed class ClosureNoticeValidator : AbstractValidator<ClosureNotice>
{
    public ClosureNoticeValidator(TimeProvider clock)
    {
        RuleFor(notice => notice.ClosureId).NotEmpty().WithMessage("closureId is required.").MaximumLength(TextLengths.ExternalId);
        RuleFor(notice => notice.CaseReference).NotEmpty().WithMessage("caseReference is required.").MaximumLength(TextLengths.ExternalId);
        RuleFor(notice => notice.ServiceArea).NotEmpty().WithMessage("serviceArea is required.").MaximumLength(TextLengths.Code);
        RuleFor(notice => notice.ClosedOn).Must(day => day != default).WithMessage("closedOn is required.")
            .Must(day => day <= Participation.BuildingBlocks.Domain.Calendar.UkDates.Today(clock)).WithMessage("closedOn cannot be in the future.");
        RuleFor(notice => notice.DoNotContactReason).NotEmpty().When(notice => notice.DoNotContact)
            .WithMessage("doNotContactReason is required when doNotContact is true (e.g. safeguarding).")
            .MaximumLength(ClosureLimits.ReasonLength);
        RuleFor(notice => notice.Contact).NotNull().When(notice => !notice.DoNotContact)
            .WithMessage("contact is required unless doNotContact is true.");
        RuleFor(notice => notice.Contact!).SetValidator(new ContactDocumentValidator()).When(notice => !notice.DoNotContact && notice.Contact is not null);
    }
}

internal sealed class ContactDocumentValidator : AbstractValidator<ContactDocument>
{
    public ContactDocumentValidator()
    {
        RuleFor(contact => contact.AddresseeName).NotEmpty().WithMessage("addresseeName is required.").MaximumLength(TextLengths.Name);
        RuleFor(contact => contact.PostalAddress).MaximumLength(ClosureLimits.AddressLength)
            .Must((contact, address) => !string.IsNullOrWhiteSpace(address) || !string.IsNullOrWhiteSpace(contact.Email))
            .WithMessage("postalAddress is required where there is no email: the letter is posted.");
        // An address the letter can be sent to, or it could never go.
        RuleFor(contact => contact.Email).MaximumLength(TextLengths.Email).IsSendableEmail().When(contact => !string.IsNullOrWhiteSpace(contact.Email));
        RuleFor(contact => contact.Phone).MaximumLength(ClosureLimits.PhoneLength)
            .Matches(@"^\+?[0-9 ()-]{6,}$").When(contact => !string.IsNullOrWhiteSpace(contact.Phone)).WithMessage("phone must be a telephone number (digits, spaces, brackets, dashes, an optional leading +).");
        RuleFor(contact => contact.PreferredLanguage).MaximumLength(TextLengths.EnumCode);
        RuleFor(contact => contact.Format).IsInEnum();
    }
}
