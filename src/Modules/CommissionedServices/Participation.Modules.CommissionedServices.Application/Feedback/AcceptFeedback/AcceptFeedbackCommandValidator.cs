using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Calendar;
using FluentValidation;
using Participation.Modules.CommissionedServices.Domain.Feedback;

namespace Participation.Modules.CommissionedServices.Application.Feedback.AcceptFeedback;

internal sealed class AcceptFeedbackCommandValidator : AbstractValidator<AcceptFeedbackCommand>
{
    /// <summary>The most items one batch may carry; more is a 400.</summary>
    public const int MaxBatchItems = 1000;

    public AcceptFeedbackCommandValidator(TimeProvider time)
    {
        RuleFor(command => command.Items)
            .NotEmpty().WithMessage("items must hold at least one item.")
            .Must(items => items is null || items.Count <= MaxBatchItems).WithMessage($"A batch carries at most {MaxBatchItems} items.");
        RuleForEach(command => command.Items).NotNull().WithMessage("Each item must be an object, not null.").SetValidator(new FeedbackItemContentValidator(time));
        RuleFor(command => command.Items)
            .Must(items => items is null || items.Select(item => item?.ExternalId).Distinct(StringComparer.Ordinal).Count() == items.Count)
            .WithMessage("Each item's externalId must be unique within the batch.");
    }
}

internal sealed class FeedbackItemContentValidator : AbstractValidator<FeedbackItemContent>
{
    public FeedbackItemContentValidator(TimeProvider time)
    {
        RuleFor(item => item.ExternalId).NotEmpty().MaximumLength(TextLengths.ExternalId);
        // Reports cover the calendar's years (2000 on): a day before them would be stored but never counted.
        RuleFor(item => item.ReceivedOn)
            .Must(receivedOn => receivedOn.Year >= BankHolidays.FirstSupportedYear)
            .WithMessage($"receivedOn must be in {BankHolidays.FirstSupportedYear} or later.")
            .Must(receivedOn => receivedOn <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1))
            .WithMessage("receivedOn must not be in the future.");
        // Audience, cohorts and channel arrive as enums the JSON layer only binds from defined codes.
        RuleFor(item => item.Cohorts).NotNull().HoldsAtMost(ListLengths.Cohorts);
        RuleFor(item => item.ServiceArea).NotEmpty().MaximumLength(TextLengths.Code);
        RuleFor(item => item.Rating).InclusiveBetween(1, 5).When(item => item.Rating is not null);
        RuleFor(item => item.Comment).MaximumLength(TextLengths.Statement);
        RuleFor(item => item.Themes).NotNull().HoldsAtMost(ListLengths.Themes);
    }
}
