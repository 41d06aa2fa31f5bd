using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Forums.Contracts;

/// <summary>
/// A forum item's response was reported back to the forum: "you said, we did" for the quarterly report. The words are
/// redacted before they leave Forums (docs/domain/data-protection-and-retention.md#redaction).
/// </summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was recorded.</param>
/// <param name="ItemId">The item.</param>
/// <param name="ReportedBackOn">The day the forum heard the response.</param>
/// <param name="ServiceArea">The service area that acted (code).</param>
/// <param name="Said">What was said, redacted.</param>
/// <param name="Did">What was done, or why not, redacted.</param>
/// <param name="Outcome">What came of it: changed | not-changed | next-steps.</param>
public sealed record ForumItemAnswered(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid ItemId,
    DateOnly ReportedBackOn,
    string ServiceArea,
    string Said,
    string Did,
    string Outcome) : IIntegrationEvent;
