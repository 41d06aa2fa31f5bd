using FluentValidation;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Meetings;

internal sealed class MeetingValidator : AbstractValidator<IMeetingCommand>
{
    public MeetingValidator()
    {
        RuleFor(command => command.Attendance).NotNull().HoldsAtMost(MeetingLimits.AttendanceRows)
            // Rows of one audience are added together, and the sum is what the meeting records and shows.
            .Must(rows => rows is null || rows.OfType<AttendanceCount>().GroupBy(row => row.Audience).All(audience => audience.Sum(row => (long)row.Count) <= AttendanceCount.Most))
            .WithMessage($"attendance counts at most {AttendanceCount.Most} of one audience in all.");
        RuleForEach(command => command.Attendance).NotNull().WithMessage("Each attendance row must be an object, not null.").ChildRules(count =>
        {
            count.RuleFor(entry => entry.Audience).IsInEnum();
            count.RuleFor(entry => entry.Count).InclusiveBetween(0, AttendanceCount.Most);
        });
        RuleFor(command => command.DecisionMakers).NotNull().HoldsAtMost(MeetingLimits.DecisionMakers);
        RuleForEach(command => command.DecisionMakers).NotNull().WithMessage("Each decision-maker must be an object, not null.").ChildRules(maker =>
        {
            maker.RuleFor(entry => entry.Role).Must(role => !string.IsNullOrWhiteSpace(role)).WithMessage("role is required.").MaximumLength(TextLengths.Name);
            maker.RuleFor(entry => entry.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("name is required.").MaximumLength(TextLengths.Name);
        });
        RuleFor(command => command.HartRung).MustBeAHartRung();
        RuleFor(command => command.Lundy).MustBeALundyAssessment();
    }
}
