using FluentValidation;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.SubmitReturn;

internal sealed class SubmitReturnCommandValidator : AbstractValidator<SubmitReturnCommand>
{
    public SubmitReturnCommandValidator()
    {
        RuleFor(command => command.Activities).NotNull().HoldsAtMost(ReturnContent.MaxActivities);
        RuleForEach(command => command.Activities).NotNull().WithMessage("Each activity must be an object, not null.").ChildRules(activity =>
        {
            activity.RuleFor(entry => entry.Title).Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("title is required.").MaximumLength(TextLengths.Name);
            activity.RuleFor(entry => entry.Audiences).NotEmpty().HoldsAtMost(ReturnActivity.MaxAudiences);
            activity.RuleForEach(entry => entry.Audiences).IsInEnum();
            activity.RuleFor(entry => entry.Cohorts).NotNull().HoldsAtMost(ListLengths.Cohorts);
            activity.RuleForEach(entry => entry.Cohorts).IsInEnum();
            activity.RuleFor(entry => entry.ParticipantsReached).InclusiveBetween(0, 100_000);
            activity.RuleFor(entry => entry.HartRung).MustBeAHartRung();
            // Providers answer Lundy as they see it; a "yes" without evidence is flagged for the commissioner, not refused.
            activity.RuleFor(entry => entry.Lundy).NotNull();
            activity.RuleFor(entry => entry.Lundy.Space.Evidence).MaximumLength(LundyElement.EvidenceLength).When(entry => entry.Lundy?.Space is not null);
            activity.RuleFor(entry => entry.Lundy.Voice.Evidence).MaximumLength(LundyElement.EvidenceLength).When(entry => entry.Lundy?.Voice is not null);
            activity.RuleFor(entry => entry.Lundy.Audience.Evidence).MaximumLength(LundyElement.EvidenceLength).When(entry => entry.Lundy?.Audience is not null);
            activity.RuleFor(entry => entry.Lundy.Influence.Evidence).MaximumLength(LundyElement.EvidenceLength).When(entry => entry.Lundy?.Influence is not null);
        });
        RuleFor(command => command.Heard).MaximumLength(TextLengths.LongStatement);
        RuleFor(command => command.Themes).NotNull().HoldsAtMost(ListLengths.Themes);
        RuleForEach(command => command.Themes).NotEmpty().MaximumLength(TextLengths.Code);
        RuleFor(command => command.YouSaidWeDid).NotNull().HoldsAtMost(ReturnContent.MaxEntries);
        RuleForEach(command => command.YouSaidWeDid).NotNull().WithMessage("Each entry must be an object, not null.").ChildRules(entry =>
        {
            entry.RuleFor(row => row.Said).NotEmpty().MaximumLength(TextLengths.Statement);
            entry.RuleFor(row => row.Did).NotEmpty().MaximumLength(TextLengths.Statement);
        });
        RuleFor(command => command.SelfAssessment).NotNull()
            .Must(assessments => assessments is null || (assessments.Count == 7 && assessments.Where(entry => entry is not null).Select(entry => entry.Principle).Distinct().Count() == 7))
            .WithMessage("selfAssessment needs one score for each of the seven principles: purposeful, timely, transparent, inclusive, collaborative, resourced, accountable.");
        RuleForEach(command => command.SelfAssessment).NotNull().WithMessage("Each self-assessment must be an object, not null.").ChildRules(assessment =>
        {
            assessment.RuleFor(entry => entry.Principle).IsInEnum();
            assessment.RuleFor(entry => entry.Score).IsInEnum();
            assessment.RuleFor(entry => entry.Evidence).Must(evidence => !string.IsNullOrWhiteSpace(evidence))
                .When(entry => entry.Score > PrincipleScore.NotYet)
                .WithMessage("evidence is required for a score above not-yet.");
            assessment.RuleFor(entry => entry.Evidence).MaximumLength(TextLengths.Statement);
        });
    }
}
