using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Surveys.Application.Surveys.GetSurvey;

/// <summary>One survey's draft and versions, with its version for If-Match.</summary>
public sealed record GetSurveyQuery(Guid Id) : IQuery<Versioned<SurveyDefinition>>;
