using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Surveys.Application.Surveys.ListSurveys;

/// <summary>Surveys in the order they were designed, a page at a time.</summary>
public sealed record ListSurveysQuery(int PageSize, string? Cursor) : IQuery<Page<SurveySummary>>;
