using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.EscalateToStage2;

/// <summary>Records the complainant's request for stage 2 and the investigating officer and independent person appointed.</summary>
public sealed record EscalateToStage2Command(
    Guid ComplaintId,
    DateOnly RequestedOn,
    string? LateRequestReason,
    string InvestigatingOfficer,
    string IndependentPerson,
    uint? ExpectedVersion) : ICommand;
