using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.CloseComplaint;

/// <summary>Closes the local procedure after a stage has been answered.</summary>
public sealed record CloseComplaintCommand(Guid ComplaintId, DateOnly ClosedOn, uint? ExpectedVersion) : ICommand;
