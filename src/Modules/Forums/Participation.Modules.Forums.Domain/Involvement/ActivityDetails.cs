using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Domain.Involvement;

/// <summary>How many took part, of one audience and (where known) one cohort: counts, not names.</summary>
/// <param name="Audience">Who.</param>
/// <param name="Cohort">Their priority cohort, where known.</param>
/// <param name="Count">How many.</param>
public sealed record ParticipantCount(Audience Audience, PriorityCohort? Cohort, [property: Range(1, ParticipantCount.Most)] int Count)
{
    /// <summary>More people than one activity involves.</summary>
    public const int Most = 10_000;
}

/// <summary>Recognition given for participants' time.</summary>
/// <param name="Kind">What was given.</param>
/// <param name="Recipients">How many received it.</param>
/// <param name="Cohort">The recipients' priority cohort, where known.</param>
/// <param name="AmountEach">The value each received in pounds, where it has one (a voucher, a payment).</param>
public sealed record Recognition(RecognitionKind Kind, [property: Range(1, ParticipantCount.Most)] int Recipients, PriorityCohort? Cohort, [property: Range(0.01, 10_000)] decimal? AmountEach)
{
    /// <summary>The value given in all, in pounds; null where it has none.</summary>
    public decimal? TotalValue() => AmountEach * Recipients;
}

/// <summary>What an officer records about an activity.</summary>
/// <param name="Kind">What kind of activity.</param>
/// <param name="Title">A short title, e.g. "Interview panel: head of service".</param>
/// <param name="HeldOn">The day it took place (the first, if it ran over several).</param>
/// <param name="ForumId">The forum that ran it, if one did (young inspectors for a visit).</param>
/// <param name="ServiceArea">The service area it concerned (code), if one.</param>
/// <param name="Participants">Who took part, by audience and cohort.</param>
/// <param name="HartRung">The rung on Hart's ladder.</param>
/// <param name="Lundy">The four Lundy questions.</param>
/// <param name="WhatCameOfIt">What came of it.</param>
/// <param name="Recognitions">Recognition given for participants' time.</param>
public sealed record ActivityDetails(
    ActivityKind Kind,
    string Title,
    DateOnly HeldOn,
    ForumId? ForumId,
    string? ServiceArea,
    IReadOnlyList<ParticipantCount> Participants,
    int HartRung,
    LundyAssessment Lundy,
    string? WhatCameOfIt,
    IReadOnlyList<Recognition> Recognitions);
