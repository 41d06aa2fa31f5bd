using Mediator;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Reports.GetClosedCaseReport;

/// <summary>A quarter's closures number in the hundreds: they are read once and counted here.</summary>
internal sealed class GetClosedCaseReportQueryHandler(ICaseClosureRepository closures, ISampleDrawRepository draws) : IQueryHandler<GetClosedCaseReportQuery, ClosedCaseReport>
{
    public async ValueTask<ClosedCaseReport> Handle(GetClosedCaseReportQuery query, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Quarter(query.Year, query.Quarter);
        var quarter = await closures.ClosedInAsync(period, cancellationToken);
        var written = quarter.Where(closure => closure.LetterStatus is LetterStatus.Sent or LetterStatus.InPrintBatch or LetterStatus.Printed);
        var draw = await draws.ForQuarterAsync(period.Label, cancellationToken);
        return new ClosedCaseReport(
            period,
            SmallNumbers.Count(quarter.Count),
            SmallNumbers.Count(quarter.Count(closure => closure.DoNotContactReason is not null)),
            SmallNumbers.CountsBy(written, closure => KebabCodes<LetterChannel>.ToCode(closure.LetterChannel!.Value)),
            SmallNumbers.Count(quarter.Count(closure => closure.LetterStatus == LetterStatus.StatusUnknown)),
            SmallNumbers.CountsBy(quarter.Where(closure => closure.RespondedVia is not null), closure => KebabCodes<Channel>.ToCode(closure.RespondedVia!.Value)),
            SmallNumbers.CountsBy(quarter.Where(closure => closure.OptedOutVia is not null), closure => KebabCodes<OptOutRoute>.ToCode(closure.OptedOutVia!.Value)),
            draw is null ? null : new SampleFigures(
                draw.Seed,
                SmallNumbers.Count(draw.Strata.Sum(stratum => stratum.Eligible)),
                SmallNumbers.Count(draw.Strata.Sum(stratum => stratum.Drawn)),
                SmallNumbers.CountsBy(
                    quarter.Where(closure => closure.Drawn),
                    closure => closure switch
                    {
                        { CallOutcome: { } outcome } => KebabCodes<CallOutcome>.ToCode(outcome),
                        { RespondedOn: not null } => "responded-otherwise",
                        { OptedOutOn: not null } => "opted-out",
                        _ => "on-call-list",
                    })));
    }
}
