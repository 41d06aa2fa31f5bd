using System.ComponentModel.DataAnnotations;

namespace Participation.BuildingBlocks.Domain.Reporting;

/// <summary>A report's <c>year</c>: <see cref="ReportPeriod.FirstYear"/> to <see cref="ReportPeriod.LastYear"/>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ReportYearAttribute() : RangeAttribute(ReportPeriod.FirstYear, ReportPeriod.LastYear);

/// <summary>A report's <c>quarter</c> of the financial year: 1 (April to June) to 4 (January to March).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class QuarterAttribute() : RangeAttribute(1, 4);
