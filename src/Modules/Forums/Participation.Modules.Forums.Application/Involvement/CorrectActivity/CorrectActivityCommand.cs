using Mediator;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Application.Involvement.CorrectActivity;

/// <summary>Corrects the record of an activity the client read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record CorrectActivityCommand(
    Guid Id,
    uint ExpectedVersion,
    ActivityKind Kind,
    string Title,
    DateOnly HeldOn,
    Guid? ForumId,
    string? ServiceArea,
    IReadOnlyList<ParticipantCount> Participants,
    int HartRung,
    LundyAssessment Lundy,
    string? WhatCameOfIt,
    IReadOnlyList<Recognition> Recognitions) : ICommand, IActivityDetailsCommand;
