using Mediator;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.RespondToStage;

/// <summary>Answers the open stage: a finding on each point, and the remedy offered (stage 1) or the senior manager's adjudication (stage 2).</summary>
public sealed record RespondToStageCommand(Guid ComplaintId, DateOnly RespondedOn, IReadOnlyList<PointFinding> Findings, string? Remedy, uint? ExpectedVersion) : ICommand;

/// <summary>The finding on one point.</summary>
public sealed record PointFinding(int Point, Finding Finding);
