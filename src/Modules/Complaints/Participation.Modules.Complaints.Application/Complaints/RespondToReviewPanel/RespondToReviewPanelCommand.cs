using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RespondToReviewPanel;

/// <summary>Records the authority's response to the panel's report; it must name the Local Government and Social Care Ombudsman.</summary>
public sealed record RespondToReviewPanelCommand(Guid ComplaintId, DateOnly RespondedOn, bool NamesOmbudsman, uint? ExpectedVersion) : ICommand;
