using Mediator;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanDecision;

/// <summary>Records the Ombudsman's decision and any remedy asked for.</summary>
public sealed record RecordOmbudsmanDecisionCommand(Guid ComplaintId, DateOnly DecidedOn, OmbudsmanDecision Decision, string? Remedy, DateOnly? RemedyDueOn, uint? ExpectedVersion) : ICommand;
