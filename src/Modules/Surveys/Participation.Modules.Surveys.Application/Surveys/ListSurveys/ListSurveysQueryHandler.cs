using System.Globalization;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Surveys.Application.Surveys.ListSurveys;

internal sealed class ListSurveysQueryHandler(ISurveyRepository surveys) : IQueryHandler<ListSurveysQuery, Page<SurveySummary>>
{
    public async ValueTask<Page<SurveySummary>> Handle(ListSurveysQuery query, CancellationToken cancellationToken)
    {
        var rows = await surveys.ListAsync(Paging.DecodeId(query.Cursor), query.PageSize + 1, cancellationToken);
        return Paging.ToPage(
            [.. rows.Select(survey => new SurveySummary(survey.Id.Value, survey.Title, survey.Draft.Purpose, survey.LatestVersion, survey.HasUnpublishedChanges))],
            query.PageSize,
            survey => survey.Id.ToString("D", CultureInfo.InvariantCulture));
    }
}
