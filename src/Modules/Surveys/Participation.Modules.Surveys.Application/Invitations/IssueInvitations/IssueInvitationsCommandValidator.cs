using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Application.Invitations.IssueInvitations;

internal sealed class IssueInvitationsCommandValidator : AbstractValidator<IssueInvitationsCommand>
{
    /// <summary>The most links one request issues: a year group, a cohort of children in care.</summary>
    public const int MaxRecipients = 1000;

    public IssueInvitationsCommandValidator()
    {
        RuleFor(command => command.Recipients).NotEmpty().When(command => command.Kind == InvitationKind.SingleUse)
            .WithMessage("recipients must list at least one recipient for single-use links.");
        RuleFor(command => command.Recipients).Empty().When(command => command.Kind == InvitationKind.Open)
            .WithMessage("recipients are for single-use links; an open link is one link for everyone.");
        RuleFor(command => command.Recipients.Count).LessThanOrEqualTo(MaxRecipients).OverridePropertyName("recipients")
            .WithMessage($"recipients may list at most {MaxRecipients} at once.");
        RuleFor(command => command.Respondent!).SetValidator(new Responding.RespondentGroupsValidator()).When(command => command.Respondent is not null);
        RuleForEach(command => command.Recipients).NotNull().WithMessage("{PropertyName} must be an object, not null.").ChildRules(recipient =>
            recipient.RuleFor(entry => entry.CaseReference).MaximumLength(TextLengths.ExternalId).Must(reference => reference is null || reference.Trim().Length > 0)
                .WithMessage("caseReference must not be blank; leave it out instead."));
    }
}
