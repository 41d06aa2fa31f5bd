using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.CompleteAction;

/// <summary>Records that a lesson's action was completed.</summary>
public sealed record CompleteActionCommand(Guid ComplaintId, int LessonNumber, DateOnly CompletedOn, uint? ExpectedVersion) : ICommand;
