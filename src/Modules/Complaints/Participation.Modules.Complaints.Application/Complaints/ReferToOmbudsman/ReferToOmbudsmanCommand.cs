using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.ReferToOmbudsman;

/// <summary>Records that the complainant went to the Local Government and Social Care Ombudsman.</summary>
public sealed record ReferToOmbudsmanCommand(Guid ComplaintId, DateOnly ReferredOn, uint? ExpectedVersion) : ICommand;
