using Participation.BuildingBlocks.Domain.Involvement;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Application.Involvement;

/// <summary>The details an activity is recorded or corrected with.</summary>
public interface IActivityDetailsCommand
{
    /// <summary>What kind of activity.</summary>
    ActivityKind Kind { get; }

    /// <summary>A short title.</summary>
    string Title { get; }

    /// <summary>The day it took place.</summary>
    DateOnly HeldOn { get; }

    /// <summary>The forum that ran it, if one did.</summary>
    Guid? ForumId { get; }

    /// <summary>The service area it concerned (code).</summary>
    string? ServiceArea { get; }

    /// <summary>Who took part.</summary>
    IReadOnlyList<ParticipantCount> Participants { get; }

    /// <summary>The rung on Hart's ladder.</summary>
    int HartRung { get; }

    /// <summary>The Lundy questions.</summary>
    LundyAssessment Lundy { get; }

    /// <summary>What came of it.</summary>
    string? WhatCameOfIt { get; }

    /// <summary>Recognition given for participants' time.</summary>
    IReadOnlyList<Recognition> Recognitions { get; }
}
