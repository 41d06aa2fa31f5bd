using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.AcknowledgeStage2;

/// <summary>Records that the investigation was acknowledged to the complainant, under procedures that set an acknowledgement.</summary>
public sealed record AcknowledgeStage2Command(Guid ComplaintId, DateOnly AcknowledgedOn, uint? ExpectedVersion) : ICommand;
