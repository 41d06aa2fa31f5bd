using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.ClosedCases;

/// <summary>Identifies one quarter's telephone sample draw.</summary>
public readonly record struct SampleDrawId(Guid Value) : IStronglyTypedId;
