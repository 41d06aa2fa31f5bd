using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.CommissionedServices.Domain.Providers;
using Participation.Modules.CommissionedServices.Domain.Rules;

namespace Participation.Modules.CommissionedServices.Domain.Feedback;

/// <summary>
/// One view a partner system collected and posted. The pair (provider, external id) identifies it, so a resend never
/// duplicates it. Immutable once accepted: the record of what was said.
/// </summary>
public sealed class FeedbackItem : Entity<Guid>
{
    private FeedbackItem()
    {
    }

    /// <summary>The provider that sent it.</summary>
    public ProviderId ProviderId { get; private init; }

    /// <summary>The provider's own id for it.</summary>
    public string ExternalId { get; private init; } = null!;

    /// <summary>When the provider received it.</summary>
    public DateOnly ReceivedOn { get; private init; }

    /// <summary>Who gave it.</summary>
    public Audience Audience { get; private init; }

    /// <summary>The priority cohorts it touches.</summary>
    public IReadOnlyList<PriorityCohort> Cohorts { get; private init; } = [];

    /// <summary>The service area it points to (code).</summary>
    public string ServiceArea { get; private init; } = null!;

    /// <summary>How it reached the provider.</summary>
    public Channel Channel { get; private init; }

    /// <summary>A rating from 1 to 5, if given.</summary>
    public int? Rating { get; private init; }

    /// <summary>Free text, if given.</summary>
    public string? Comment { get; private init; }

    /// <summary>Whether the person who gave it agreed to be quoted, anonymously, in the council's reports.</summary>
    public bool ConsentToQuote { get; private init; }

    /// <summary>Theme codes the provider suggested; staff confirm or change them.</summary>
    public IReadOnlyList<string> SuggestedThemes { get; private init; } = [];

    /// <summary>When this system accepted it.</summary>
    public DateTimeOffset AcceptedOn { get; private init; }

    /// <summary>The row's version (PostgreSQL's <c>xmin</c>), sent as its ETag so a reader can ask "changed since?".</summary>
    public uint Version { get; private init; }

    /// <summary>Accepts the items one request from a provider's system carries.</summary>
    public static IReadOnlyList<FeedbackItem> Accept(ProviderId provider, IReadOnlyList<FeedbackItemContent> contents, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var ids = Version7Guids.Create(now, contents.Count);
        return [.. contents.Select((content, index) => Accept(ids[index], provider, content, now))];
    }

    private static FeedbackItem Accept(Guid id, ProviderId provider, FeedbackItemContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckRule(new FeedbackCannotBeReceivedInTheFutureRule(content.ReceivedOn, now));
        return new FeedbackItem
        {
            Id = id,
            ProviderId = provider,
            ExternalId = content.ExternalId,
            ReceivedOn = content.ReceivedOn,
            Audience = content.Audience,
            Cohorts = [.. content.Cohorts.Distinct()],
            ServiceArea = content.ServiceArea,
            Channel = content.Channel,
            Rating = content.Rating,
            Comment = content.Comment,
            ConsentToQuote = content.ConsentToQuote,
            SuggestedThemes = [.. content.Themes.Distinct(StringComparer.Ordinal)],
            AcceptedOn = now,
        };
    }
}

/// <summary>What a partner sends for one feedback item.</summary>
public sealed record FeedbackItemContent(
    string ExternalId,
    DateOnly ReceivedOn,
    Audience Audience,
    IReadOnlyList<PriorityCohort> Cohorts,
    string ServiceArea,
    Channel Channel,
    int? Rating,
    string? Comment,
    IReadOnlyList<string> Themes,
    bool ConsentToQuote);
