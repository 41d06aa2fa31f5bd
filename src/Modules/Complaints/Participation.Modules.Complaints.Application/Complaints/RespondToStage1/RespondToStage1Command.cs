using Mediator;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.RespondToStage1;

/// <summary>Answers stage 1: a finding on each point, and the remedy or action offered.</summary>
public sealed record RespondToStage1Command(Guid ComplaintId, DateOnly RespondedOn, IReadOnlyList<PointFinding> Findings, string? Remedy, uint? ExpectedVersion) : ICommand;

/// <summary>The finding on one point.</summary>
public sealed record PointFinding(int Point, Finding Finding);
