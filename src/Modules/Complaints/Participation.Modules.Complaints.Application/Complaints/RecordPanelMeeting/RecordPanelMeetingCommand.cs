using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordPanelMeeting;

/// <summary>Records that the review panel met; its report is due within 5 working days.</summary>
public sealed record RecordPanelMeetingCommand(Guid ComplaintId, DateOnly HeldOn, uint? ExpectedVersion) : ICommand;
