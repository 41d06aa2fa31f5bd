using System.ComponentModel.DataAnnotations;

namespace Participation.Modules.Reporting.Collations;

/// <summary>A stored collation, as listed.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Number">Its number, in the order produced.</param>
/// <param name="HalfYear">The half-year, e.g. <c>2026-H1</c>.</param>
/// <param name="ProducedAt">When it was produced.</param>
public sealed record ThemeCollationSummary(Guid Id, int Number, [property: MaxLength(Collations.HalfYear.LabelLength)] string HalfYear, DateTimeOffset ProducedAt);
