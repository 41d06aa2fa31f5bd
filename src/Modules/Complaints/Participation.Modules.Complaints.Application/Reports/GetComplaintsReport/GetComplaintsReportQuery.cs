using Mediator;

namespace Participation.Modules.Complaints.Application.Reports.GetComplaintsReport;

/// <summary>The report for a quarter of the financial year starting in April <paramref name="Year"/>, or for the whole year when <paramref name="Quarter"/> is null.</summary>
public sealed record GetComplaintsReportQuery(int Year, int? Quarter) : IQuery<ComplaintsReport>;
