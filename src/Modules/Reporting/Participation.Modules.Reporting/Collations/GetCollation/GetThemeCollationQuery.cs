using Mediator;

namespace Participation.Modules.Reporting.Collations.GetCollation;

/// <summary>A stored collation, by its id or by its half-year (e.g. <c>2026-H1</c>).</summary>
internal sealed record GetThemeCollationQuery(Guid? Id, string? HalfYear) : IQuery<ThemeCollationReport>;
