using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Surveys.Application.Surveys.GetSurveyVersion;

/// <summary>A published version of a survey; its entity tag is its number, since it never changes.</summary>
public sealed record GetSurveyVersionQuery(Guid Id, int Number) : IQuery<Versioned<PublishedSurvey>>;
