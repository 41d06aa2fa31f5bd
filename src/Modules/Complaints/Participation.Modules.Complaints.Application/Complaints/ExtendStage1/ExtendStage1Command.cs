using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.ExtendStage1;

/// <summary>Extends stage 1 to <paramref name="WorkingDays"/> working days in all (at most 20), with the reason.</summary>
public sealed record ExtendStage1Command(Guid ComplaintId, int WorkingDays, string Reason, DateOnly DecidedOn, uint? ExpectedVersion) : ICommand;
