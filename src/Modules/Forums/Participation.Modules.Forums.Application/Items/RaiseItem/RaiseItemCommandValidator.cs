using FluentValidation;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Application.Items.RaiseItem;

internal sealed class RaiseItemCommandValidator : AbstractValidator<RaiseItemCommand>
{
    public RaiseItemCommandValidator()
    {
        RuleFor(command => command.MeetingId).NotNull().When(command => command.ActivityId is null)
            .WithMessage("meetingId or activityId is required: where was it raised?");
        RuleFor(command => command.ActivityId).Null().When(command => command.MeetingId is not null)
            .WithMessage("activityId cannot be given with meetingId: an item is raised in one place.");
        RuleFor(command => command.Said).Must(said => !string.IsNullOrWhiteSpace(said)).WithMessage("said is required.").MaximumLength(TextLengths.Statement);
        RuleFor(command => command.Themes).NotNull().HoldsAtMost(ListLengths.Themes);
        RuleForEach(command => command.Themes).NotEmpty().MaximumLength(TextLengths.Code);
        RuleFor(command => command.ServiceArea).NotEmpty().MaximumLength(TextLengths.Code);
        RuleFor(command => command.DecisionMaker).Must(maker => !string.IsNullOrWhiteSpace(maker)).WithMessage("decisionMaker is required.").MaximumLength(TextLengths.Name);
    }
}
