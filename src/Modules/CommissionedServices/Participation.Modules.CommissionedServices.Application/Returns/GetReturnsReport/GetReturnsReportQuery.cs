using Mediator;

namespace Participation.Modules.CommissionedServices.Application.Returns.GetReturnsReport;

/// <summary>The returns of one period of the financial year starting in <paramref name="Year"/>: q1–q4 or h1–h2.</summary>
public sealed record GetReturnsReportQuery(int Year, string Period) : IQuery<ReturnsReport>;
