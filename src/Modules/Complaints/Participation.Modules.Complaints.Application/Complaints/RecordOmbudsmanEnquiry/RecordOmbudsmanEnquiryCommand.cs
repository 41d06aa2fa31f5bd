using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanEnquiry;

/// <summary>Records the Ombudsman's enquiry reaching the council.</summary>
public sealed record RecordOmbudsmanEnquiryCommand(Guid ComplaintId, DateOnly ReceivedOn, uint? ExpectedVersion) : ICommand;
