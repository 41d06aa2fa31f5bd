using Mediator;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reports.GetSsda903Reviews;

internal sealed class GetSsda903ReviewsQueryHandler(IReviewRepository reviews) : IQueryHandler<GetSsda903ReviewsQuery, IReadOnlyList<Ssda903Review>>
{
    public async ValueTask<IReadOnlyList<Ssda903Review>> Handle(GetSsda903ReviewsQuery query, CancellationToken cancellationToken)
    {
        // The SSDA903 collection year is the financial year, 1 April to 31 March (docs/domain/reporting-periods.md).
        var year = ReportPeriod.FinancialYear(query.Year);
        return [.. (await reviews.HeldAsync(year.From, year.To, cancellationToken))
            .Where(review => review.Kind == ReviewKind.LookedAfterReview)
            .OrderBy(review => review.ChildReference, StringComparer.Ordinal).ThenBy(review => review.HeldOn)
            .Select(review => new Ssda903Review(review.ChildReference, review.HeldOn, review.ParticipationCode!))];
    }
}
