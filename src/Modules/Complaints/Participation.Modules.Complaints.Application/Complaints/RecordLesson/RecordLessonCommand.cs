using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordLesson;

/// <summary>Records a lesson learned from the complaint and the action that follows, with its owner and due date.</summary>
public sealed record RecordLessonCommand(Guid ComplaintId, string Description, string Action, string Owner, DateOnly DueOn, uint? ExpectedVersion) : ICommand;
