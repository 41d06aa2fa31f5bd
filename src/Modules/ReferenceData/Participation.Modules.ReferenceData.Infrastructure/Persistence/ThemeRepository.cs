using Microsoft.EntityFrameworkCore;
using Participation.Modules.ReferenceData.Application;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Infrastructure.Persistence;

internal sealed class ThemeRepository(ReferenceDataDbContext context) : IThemeRepository
{
    public Task<Theme?> GetAsync(ThemeId id, CancellationToken cancellationToken) =>
        context.Themes.SingleOrDefaultAsync(theme => theme.Id == id, cancellationToken);

    public Task<bool> CodeInUseAsync(string code, CancellationToken cancellationToken) =>
        context.Themes.AnyAsync(theme => theme.Code == code, cancellationToken);

    public Task<int> CountActiveSubthemesAsync(ThemeId parentId, CancellationToken cancellationToken) =>
        context.Themes.CountAsync(theme => theme.ParentId == parentId && theme.RetiredOn == null, cancellationToken);

    public async Task<IReadOnlySet<string>> FindActiveCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await context.Themes
            .Where(theme => codes.Contains(theme.Code) && theme.RetiredOn == null)
            .Select(theme => theme.Code)
            .ToHashSetAsync(StringComparer.Ordinal, cancellationToken);

    public void Add(Theme theme) => context.Themes.Add(theme);

    public async Task<IReadOnlyList<Theme>> ListAsync(bool includeRetired, ThemeId? parentId, string? afterCode, int take, CancellationToken cancellationToken)
    {
        // Only the filters given: EF Core interprets "value == null || ..." on every execution (docs/adr/0016-the-read-path.md).
        var themes = context.Themes.AsNoTracking();
        if (!includeRetired)
        {
            themes = themes.Where(theme => theme.RetiredOn == null);
        }

        if (parentId is { } parent)
        {
            themes = themes.Where(theme => theme.ParentId == parent);
        }

        if (afterCode is not null)
        {
            themes = themes.Where(theme => string.Compare(theme.Code, afterCode) > 0);
        }

        return await themes.OrderBy(theme => theme.Code).Take(take).ToListAsync(cancellationToken);
    }
}
