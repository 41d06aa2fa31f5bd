using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application.Members;

/// <summary>The details and consent a member is added or updated with.</summary>
public interface IMemberDetailsCommand
{
    /// <summary>A first name, nickname or initials.</summary>
    string DisplayName { get; }

    /// <summary>Their age band.</summary>
    AgeBand AgeBand { get; }

    /// <summary>Who they speak as.</summary>
    Audience Audience { get; }

    /// <summary>Their priority cohorts.</summary>
    IReadOnlyList<PriorityCohort> Cohorts { get; }

    /// <summary>An email, if they gave one.</summary>
    string? ContactEmail { get; }

    /// <summary>A phone number, if they gave one.</summary>
    string? ContactPhone { get; }

    /// <summary>The age they leave a children's forum at.</summary>
    int? AgeOutAt { get; }

    /// <summary>When the age band is next checked.</summary>
    DateOnly? AgeReviewOn { get; }

    /// <summary>Who consented.</summary>
    ConsentGiver ConsentGivenBy { get; }

    /// <summary>The day they consented.</summary>
    DateOnly ConsentGivenOn { get; }
}
