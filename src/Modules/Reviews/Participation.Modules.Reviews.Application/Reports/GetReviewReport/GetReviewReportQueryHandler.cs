using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reports.GetReviewReport;

internal sealed class GetReviewReportQueryHandler(IReviewRepository reviews, IOptions<ReviewsOptions> options) : IQueryHandler<GetReviewReportQuery, ReviewReport>
{
    public async ValueTask<ReviewReport> Handle(GetReviewReportQuery query, CancellationToken cancellationToken)
    {
        var period = query.Quarter is { } quarter ? ReportPeriod.Quarter(query.Year, quarter) : ReportPeriod.FinancialYear(query.Year);
        var held = await reviews.HeldAsync(period.From, period.To, cancellationToken);
        var facts = held.Select(review => review.Facts).ToList();
        var asked = facts.Where(fact => fact.FeltHelped != Domain.Reviews.FeltHelped.NotAsked).ToList();
        var offered = facts.Where(fact => fact.AdvocateOffered).ToList();
        var sent = facts.Where(fact => fact.FormSent).ToList();
        var due = held.Where(review => review.DueOn is not null).ToList();
        var feltHelped = Share(asked, fact => fact.FeltHelped == Domain.Reviews.FeltHelped.Yes);
        var benchmark = options.Value.FeltHelpedBenchmark;
        var byKind = SmallNumbers.CountsBy(held, review => KebabCodes<ReviewKind>.ToCode(review.Kind));
        // Only looked-after reviews have a PN code, so the codes break that cell down; where it is withheld they would
        // add up to it (docs/domain/small-number-suppression.md).
        var codes = held.Where(review => review.ParticipationCode is not null)
            .GroupBy(review => review.ParticipationCode!)
            .Select(group => KeyValuePair.Create(group.Key, group.Count()));
        var participationCodes = byKind.TryGetValue(KebabCodes<ReviewKind>.ToCode(ReviewKind.LookedAfterReview), out var lookedAfter) && lookedAfter.Suppressed is not null
            ? SmallNumbers.WithheldWithItsTotal(codes)
            : SmallNumbers.Breakdown(codes);
        return new ReviewReport(
            period,
            SmallNumbers.Count(held.Count),
            byKind,
            participationCodes,
            Share(facts, fact => fact.Prepared),
            Share(sent, fact => fact.FormReturned),
            Share(facts, fact => fact.AdvocateOffered),
            Share(offered, fact => fact.AdvocateUsed),
            Share(facts, fact => fact.ViewsReachedMeeting),
            feltHelped,
            Share(asked, fact => fact.FeltHelped == Domain.Reviews.FeltHelped.Partly),
            benchmark,
            // Compared on the counts, not the rounded share: 79.95% does not meet 80%.
            feltHelped.Value is null ? null : asked.Count(fact => fact.FeltHelped == Domain.Reviews.FeltHelped.Yes) * 100.0 >= benchmark * asked.Count,
            Share(due, review => review.HeldOn <= review.DueOn));
    }

    private static PercentageFigure Share<T>(IReadOnlyCollection<T> whole, Func<T, bool> part) => SmallNumbers.Percentage(whole.Count(part), whole.Count);
}
