using Mediator;

namespace Participation.Modules.Reporting.Quarterly.GetQuarterlyReport;

/// <summary>The outcomes report of financial-year quarter <paramref name="Quarter"/> of the year starting 1 April <paramref name="Year"/>.</summary>
internal sealed record GetQuarterlyReportQuery(int Year, int Quarter) : IQuery<QuarterlyReport>;
