using FluentValidation;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Application.Involvement;

internal sealed class ActivityDetailsValidator : AbstractValidator<IActivityDetailsCommand>
{
    public ActivityDetailsValidator()
    {
        RuleFor(command => command.Kind).IsInEnum();
        RuleFor(command => command.Title).Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("title is required.").MaximumLength(TextLengths.Name);
        RuleFor(command => command.ServiceArea).MaximumLength(TextLengths.Code);
        RuleFor(command => command.Participants).NotEmpty().WithMessage("participants needs at least one row: who took part?").HoldsAtMost(ActivityLimits.ParticipantRows)
            // Rows of one audience and cohort are added together, and the sum is what the activity records and shows.
            .Must(rows => rows is null || rows.OfType<ParticipantCount>().GroupBy(row => (row.Audience, row.Cohort)).All(group => group.Sum(row => (long)row.Count) <= ParticipantCount.Most))
            .WithMessage($"participants counts at most {ParticipantCount.Most} of one audience and cohort in all.");
        RuleForEach(command => command.Participants).NotNull().WithMessage("Each participants row must be an object, not null.").ChildRules(row =>
        {
            row.RuleFor(entry => entry.Audience).IsInEnum();
            row.RuleFor(entry => entry.Cohort).IsInEnum();
            row.RuleFor(entry => entry.Count).InclusiveBetween(1, ParticipantCount.Most);
        });
        RuleFor(command => command.HartRung).MustBeAHartRung();
        RuleFor(command => command.Lundy).MustBeALundyAssessment();
        RuleFor(command => command.WhatCameOfIt).MaximumLength(TextLengths.Statement);
        RuleFor(command => command.Recognitions).NotNull().HoldsAtMost(ActivityLimits.RecognitionRows);
        RuleForEach(command => command.Recognitions).NotNull().WithMessage("Each recognition must be an object, not null.").ChildRules(recognition =>
        {
            recognition.RuleFor(entry => entry.Kind).IsInEnum();
            recognition.RuleFor(entry => entry.Cohort).IsInEnum();
            recognition.RuleFor(entry => entry.Recipients).InclusiveBetween(1, ParticipantCount.Most);
            recognition.RuleFor(entry => entry.AmountEach).InclusiveBetween(0.01m, (decimal)ActivityLimits.MostAmountEach).PrecisionScale(7, 2, ignoreTrailingZeros: true);
        });
    }
}
