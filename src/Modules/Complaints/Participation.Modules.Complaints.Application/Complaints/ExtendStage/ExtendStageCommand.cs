using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.ExtendStage;

/// <summary>Extends the open stage to <paramref name="WorkingDays"/> working days in all (stage 1 at most 20, stage 2 at most 65), with the reason.</summary>
public sealed record ExtendStageCommand(Guid ComplaintId, int WorkingDays, string Reason, DateOnly DecidedOn, uint? ExpectedVersion) : ICommand;
