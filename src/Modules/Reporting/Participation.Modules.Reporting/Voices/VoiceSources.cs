namespace Participation.Modules.Reporting.Voices;

/// <summary>Where voices come from; each has its handlers in <c>Voices/Sources</c>.</summary>
internal static class VoiceSources
{
    public const string PartnerFeedback = "partner-feedback";
    public const string Complaint = "complaint";
    public const string Compliment = "compliment";
    public const string Survey = "survey";
    public const string Forum = "forum";
    public const string Review = "review";

    /// <summary>Not a voice: the source of "you said, we did" entries from accepted provider returns.</summary>
    public const string ProviderReturn = "provider-return";

    public static IReadOnlyList<string> All { get; } = [PartnerFeedback, Complaint, Compliment, Survey, Forum, Review];
}
