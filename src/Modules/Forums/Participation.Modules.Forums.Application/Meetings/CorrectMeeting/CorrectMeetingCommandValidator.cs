using FluentValidation;

namespace Participation.Modules.Forums.Application.Meetings.CorrectMeeting;

internal sealed class CorrectMeetingCommandValidator : AbstractValidator<CorrectMeetingCommand>
{
    public CorrectMeetingCommandValidator() => Include(new MeetingValidator());
}
