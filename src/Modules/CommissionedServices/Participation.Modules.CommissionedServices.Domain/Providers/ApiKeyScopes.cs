namespace Participation.Modules.CommissionedServices.Domain.Providers;

/// <summary>What a partner key may do (API.md, Safety for partners).</summary>
public static class ApiKeyScopes
{
    /// <summary>Post feedback items.</summary>
    public const string FeedbackWrite = "feedback:write";

    /// <summary>Read back the provider's own feedback items.</summary>
    public const string FeedbackRead = "feedback:read";

    /// <summary>Post case closures (the council's case-management system).</summary>
    public const string CaseClosuresWrite = "case-closures:write";

    /// <summary>Every scope.</summary>
    public static IReadOnlyList<string> All { get; } = [FeedbackWrite, FeedbackRead, CaseClosuresWrite];
}
