using Mediator;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Application.Involvement.RecordActivity;

/// <summary>Records an involvement activity that took place.</summary>
public sealed record RecordActivityCommand(
    ActivityKind Kind,
    string Title,
    DateOnly HeldOn,
    Guid? ForumId,
    string? ServiceArea,
    IReadOnlyList<ParticipantCount> Participants,
    int HartRung,
    LundyAssessment Lundy,
    string? WhatCameOfIt,
    IReadOnlyList<Recognition> Recognitions) : ICommand<Guid>, IActivityDetailsCommand;
