using Mediator;

namespace Participation.Modules.Forums.Application.Reports.GetInvolvementReport;

/// <summary>A financial-year quarter of involvement: <paramref name="Year"/> is the year it starts in, 1 = April–June.</summary>
public sealed record GetInvolvementReportQuery(int Year, int Quarter) : IQuery<InvolvementReport>;
