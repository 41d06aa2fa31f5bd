using Participation.BuildingBlocks.Domain.Reporting;
using Mediator;

namespace Participation.Modules.Complaints.Application.Reports.GetComplaintsReport;

internal sealed class GetComplaintsReportQueryHandler(IComplaintRepository complaints, IComplimentRepository compliments) : IQueryHandler<GetComplaintsReportQuery, ComplaintsReport>
{
    public async ValueTask<ComplaintsReport> Handle(GetComplaintsReportQuery query, CancellationToken cancellationToken)
    {
        var period = query.Quarter is { } quarter ? ReportPeriod.Quarter(query.Year, quarter) : ReportPeriod.FinancialYear(query.Year);
        return ComplaintsReportBuilder.Build(
            period,
            await complaints.ListActiveInAsync(period.From, period.To, cancellationToken),
            await compliments.ListReceivedInAsync(period.From, period.To, cancellationToken));
    }
}
