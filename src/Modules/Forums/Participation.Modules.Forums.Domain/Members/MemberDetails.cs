using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Forums.Domain.Members;

/// <summary>What an officer records about a member: pseudonymous, the least the forum needs.</summary>
/// <param name="DisplayName">A first name, nickname or initials, as the member chooses.</param>
/// <param name="AgeBand">Their age band.</param>
/// <param name="Audience">Who they speak as.</param>
/// <param name="Cohorts">The priority cohorts they belong to, where they said.</param>
/// <param name="ContactEmail">How the lead officer reaches them, if they gave an email.</param>
/// <param name="ContactPhone">How the lead officer reaches them, if they gave a number.</param>
/// <param name="AgeOutAt">The age at which they leave a children's forum (18, or 21 or 25 for a care leaver); null for adults' groups.</param>
/// <param name="AgeReviewOn">When the age band is next checked, so ageing out is flagged without a date of birth.</param>
public sealed record MemberDetails(
    string DisplayName,
    AgeBand AgeBand,
    Audience Audience,
    IReadOnlyList<PriorityCohort> Cohorts,
    string? ContactEmail,
    string? ContactPhone,
    int? AgeOutAt,
    DateOnly? AgeReviewOn);

/// <summary>Who consented to the member taking part, and when.</summary>
/// <param name="GivenBy">Who gave it.</param>
/// <param name="GivenOn">The day it was given.</param>
/// <param name="RecordedBy">The officer who recorded it.</param>
public sealed record Consent(ConsentGiver GivenBy, DateOnly GivenOn, string RecordedBy);
