using FluentValidation;

namespace Participation.Modules.Forums.Application.Meetings.RecordMeeting;

internal sealed class RecordMeetingCommandValidator : AbstractValidator<RecordMeetingCommand>
{
    public RecordMeetingCommandValidator() => Include(new MeetingValidator());
}
