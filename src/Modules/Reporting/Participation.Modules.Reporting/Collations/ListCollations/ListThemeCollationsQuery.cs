using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Reporting.Collations.ListCollations;

/// <summary>Stored collations in the order produced.</summary>
internal sealed record ListThemeCollationsQuery(int PageSize, string? Cursor) : IQuery<Page<ThemeCollationSummary>>;
