using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RequestReviewPanel;

/// <summary>Starts stage 3: the complainant's request for a review panel and its three independent members.</summary>
public sealed record RequestReviewPanelCommand(Guid ComplaintId, DateOnly RequestedOn, IReadOnlyList<string> Members, uint? ExpectedVersion) : ICommand;
