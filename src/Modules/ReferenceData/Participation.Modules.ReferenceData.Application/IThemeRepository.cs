using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Application.Themes;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application;

/// <summary>The theme taxonomy, as the use cases need it.</summary>
public interface IThemeRepository : IRepository<Theme, ThemeId>
{
    /// <summary>Whether any theme, active or retired, has the code.</summary>
    Task<bool> CodeInUseAsync(string code, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="parent"/> with the new sub-theme, under the version it was read at: a retirement of the
    /// parent committed meanwhile makes this save fail, and one not yet committed fails after it, so no active
    /// sub-theme is left under a retired theme.
    /// </summary>
    void HoldVersionOf(Theme parent);

    /// <summary>How many sub-themes of the theme are still in use.</summary>
    Task<int> CountActiveSubthemesAsync(ThemeId parentId, CancellationToken cancellationToken);

    /// <summary>Every active theme's code and match terms.</summary>
    Task<IReadOnlyList<(string Code, IReadOnlyList<string> Terms)>> ActiveMatchTermsAsync(CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="codes"/> that name active themes.</summary>
    Task<IReadOnlySet<string>> FindActiveCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="take"/> themes in code order after <paramref name="afterCode"/>, optionally only one theme's
    /// sub-themes; read straight into responses, as nothing is changed (docs/adr/0016-the-read-path.md).
    /// </summary>
    Task<IReadOnlyList<ThemeResponse>> ListAsync(bool includeRetired, ThemeId? parentId, string? afterCode, int take, CancellationToken cancellationToken);
}
