using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Application.Involvement;

/// <summary>An involvement activity as recorded.</summary>
/// <param name="Id">The activity's id.</param>
/// <param name="Kind">What kind of activity.</param>
/// <param name="Title">A short title.</param>
/// <param name="HeldOn">The day it took place.</param>
/// <param name="ForumId">The forum that ran it, if one did.</param>
/// <param name="ServiceArea">The service area it concerned.</param>
/// <param name="Participants">Who took part, by audience and cohort.</param>
/// <param name="HartRung">Its rung on Hart's ladder.</param>
/// <param name="NonParticipation">Whether that rung is 1–3.</param>
/// <param name="Lundy">The four Lundy questions.</param>
/// <param name="WhatCameOfIt">What came of it.</param>
/// <param name="Recognitions">Recognition given for participants' time.</param>
public sealed record ActivityResponse(
    Guid Id,
    ActivityKind Kind,
    [property: MaxLength(TextLengths.Name)] string Title,
    DateOnly HeldOn,
    Guid? ForumId,
    [property: MaxLength(TextLengths.Code)] string? ServiceArea,
    [property: MaxLength(ActivityLimits.ParticipantRows)] IReadOnlyList<ParticipantCount> Participants,
    [property: Range(HartRung.Lowest, HartRung.Highest)] int HartRung,
    bool NonParticipation,
    LundyAssessment Lundy,
    [property: MaxLength(TextLengths.Statement)] string? WhatCameOfIt,
    [property: MaxLength(ActivityLimits.RecognitionRows)] IReadOnlyList<Recognition> Recognitions)
{
    /// <summary>The activity as the API shows it.</summary>
    public static ActivityResponse From(InvolvementActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ActivityResponse(
            activity.Id.Value, activity.Kind, activity.Title, activity.HeldOn, activity.ForumId?.Value, activity.ServiceArea, activity.Participants,
            activity.HartRung, activity.NonParticipation, activity.Lundy, activity.WhatCameOfIt, activity.Recognitions);
    }
}
