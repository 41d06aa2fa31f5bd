using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanRemedyCompleted;

/// <summary>Records that the council completed the Ombudsman's remedy.</summary>
public sealed record RecordOmbudsmanRemedyCompletedCommand(Guid ComplaintId, DateOnly CompletedOn, uint? ExpectedVersion) : ICommand;
