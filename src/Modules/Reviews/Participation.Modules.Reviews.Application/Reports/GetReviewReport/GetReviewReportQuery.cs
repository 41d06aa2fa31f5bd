using Mediator;

namespace Participation.Modules.Reviews.Application.Reports.GetReviewReport;

/// <summary>A financial-year quarter (1 = April–June) or, with no quarter, the whole financial year starting in <paramref name="Year"/>.</summary>
public sealed record GetReviewReportQuery(int Year, int? Quarter) : IQuery<ReviewReport>;
