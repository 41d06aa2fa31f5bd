namespace Participation.BuildingBlocks.Domain.Partners;

/// <summary>
/// What a partner system's key may do. Each module's partner routes require one of these; an administrator issues a
/// key with the scopes that partner needs and no more.
/// </summary>
public static class PartnerScopes
{
    /// <summary>Post feedback items.</summary>
    public const string FeedbackWrite = "feedback:write";

    /// <summary>Read back the partner's own feedback items.</summary>
    public const string FeedbackRead = "feedback:read";

    /// <summary>Post case closures (the council's case-management system).</summary>
    public const string CaseClosuresWrite = "case-closures:write";

    /// <summary>Post case events (a review booked, a placement made) that send event-triggered questionnaires.</summary>
    public const string SurveysTrigger = "surveys:trigger";

    /// <summary>Post the facts of children's participation in their reviews (the council's case-management system).</summary>
    public const string ReviewsWrite = "reviews:write";

    /// <summary>Read and submit the provider's own participation returns.</summary>
    public const string ReturnsWrite = "returns:write";

    /// <summary>Every scope a key can be issued with.</summary>
    public static IReadOnlyList<string> All { get; } = [FeedbackWrite, FeedbackRead, CaseClosuresWrite, SurveysTrigger, ReviewsWrite, ReturnsWrite];

    /// <summary>The most scopes one key holds: every scope there is.</summary>
    public const int MaxScopes = 6;
}
