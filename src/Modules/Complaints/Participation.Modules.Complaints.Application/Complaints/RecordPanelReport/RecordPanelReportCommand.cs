using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordPanelReport;

/// <summary>Records the review panel's report; the authority's response is due within 15 working days.</summary>
public sealed record RecordPanelReportCommand(Guid ComplaintId, DateOnly IssuedOn, uint? ExpectedVersion) : ICommand;
