using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Complaints.Contracts;

/// <summary>A complaint was received (for reporting: volumes by service area, category and complainant).</summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was recorded.</param>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="ReceivedOn">The day it was received.</param>
/// <param name="ComplainantKind">Who complained (kebab-case code).</param>
/// <param name="ServiceArea">The service area code.</param>
/// <param name="Category">The category.</param>
/// <param name="Stage1DueDate">When stage 1 is due.</param>
/// <param name="Channel">How it was received (channel code).</param>
public sealed record ComplaintReceived(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid ComplaintId,
    DateOnly ReceivedOn,
    string ComplainantKind,
    string ServiceArea,
    string Category,
    DateOnly Stage1DueDate,
    string Channel) : IIntegrationEvent;
