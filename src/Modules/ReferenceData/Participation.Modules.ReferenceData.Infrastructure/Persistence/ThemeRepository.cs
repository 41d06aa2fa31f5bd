using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.ReferenceData.Application;
using Participation.Modules.ReferenceData.Application.Themes;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Infrastructure.Persistence;

internal sealed class ThemeRepository(ReferenceDataDbContext context) : IThemeRepository
{
    public Task<Theme?> GetAsync(ThemeId id, CancellationToken cancellationToken) =>
        context.Themes.SingleOrDefaultAsync(theme => theme.Id == id, cancellationToken);

    public void HoldVersionOf(Theme parent) => AggregateVersions.WriteUnderVersion(context.Entry(parent));

    public Task<bool> CodeInUseAsync(string code, CancellationToken cancellationToken) =>
        context.Themes.AnyAsync(theme => theme.Code == code, cancellationToken);

    public Task<int> CountActiveSubthemesAsync(ThemeId parentId, CancellationToken cancellationToken) =>
        context.Themes.CountAsync(theme => theme.ParentId == parentId && theme.RetiredOn == null, cancellationToken);

    public async Task<IReadOnlySet<string>> FindActiveCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await context.Themes
            .Where(theme => codes.Contains(theme.Code) && theme.RetiredOn == null)
            .Select(theme => theme.Code)
            .ToHashSetAsync(StringComparer.Ordinal, cancellationToken);

    public async Task<IReadOnlyList<(string Code, IReadOnlyList<string> Terms)>> ActiveMatchTermsAsync(CancellationToken cancellationToken) =>
        (await context.Themes.AsNoTracking()
            .Where(theme => theme.RetiredOn == null && theme.MatchTerms.Count > 0)
            .Select(theme => new { theme.Code, theme.MatchTerms })
            .ToListAsync(cancellationToken))
        .Select(theme => (theme.Code, theme.MatchTerms))
        .ToList();

    public void Add(Theme theme) => context.Themes.Add(theme);

    public async Task<IReadOnlyList<ThemeResponse>> ListAsync(bool includeRetired, ThemeId? parentId, string? afterCode, int take, CancellationToken cancellationToken)
    {
        var query = Pages[(includeRetired ? 2 : 0) + (parentId is null ? 1 : 0)];
        return await query(context, parentId.GetValueOrDefault(), afterCode, take).ToPageAsync(take, cancellationToken);
    }

    // Compiled once per combination of the two switches, each fixed as a constant, so the usual list (current themes,
    // any parent) sends only its page size. EF Core drops the "afterCode == null" test from the SQL by the parameter's
    // value. A nullable ThemeId parameter does not translate, hence the switch beside a plain one.
    private static readonly Func<ReferenceDataDbContext, ThemeId, string?, int, IAsyncEnumerable<ThemeResponse>>[] Pages =
    [
        .. from includeRetired in new[] { false, true }
           from anyParent in new[] { false, true }
           select EF.CompileAsyncQuery(QuerySwitches.Fix(PageQuery, includeRetired, anyParent)),
    ];

    private static Expression<Func<ReferenceDataDbContext, bool, bool, ThemeId, string?, int, IQueryable<ThemeResponse>>> PageQuery =>
        (context, includeRetired, anyParent, parent, afterCode, take) =>
            context.Themes.AsNoTracking()
                .Where(theme => (includeRetired || theme.RetiredOn == null)
                    && (anyParent || theme.ParentId == parent)
                    && (afterCode == null || string.Compare(theme.Code, afterCode) > 0))
                .OrderBy(theme => theme.Code)
                .Take(take)
                .Select(theme => Response(theme.Id.Value, theme.Code, theme.Name, theme.ParentId == null ? null : theme.ParentId.Value.Value, theme.RetiredOn));

    // "Retired" is worked out here rather than selected: Npgsql boxed the computed boolean column of every row.
    private static ThemeResponse Response(Guid id, string code, string name, Guid? parentId, DateTimeOffset? retiredOn) =>
        new(id, code, name, parentId, retiredOn is not null, retiredOn);
}
