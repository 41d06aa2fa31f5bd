using Mediator;

namespace Participation.Modules.Reporting.Reach.GetReachReport;

/// <summary>The reach report of the financial year starting 1 April <paramref name="Year"/>.</summary>
internal sealed record GetReachReportQuery(int Year) : IQuery<ReachReport>;
