using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Responses;

/// <summary>The id of one set of answers to a survey.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct SurveyResponseId(Guid Value) : IStronglyTypedId;
