using Microsoft.EntityFrameworkCore;
using Participation.Modules.ReferenceData.Domain;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Infrastructure.Persistence;

/// <summary>
/// Adds the seed entries whose codes are missing, and touches nothing else: an administrator's renames and
/// retirements of seeded entries survive every restart.
/// </summary>
internal sealed class ReferenceDataSeeder(ReferenceDataDbContext context)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var areaCodes = await context.ServiceAreas.Select(area => area.Code).ToHashSetAsync(cancellationToken);
        foreach (var (code, name) in Seed.ServiceAreas.Where(area => !areaCodes.Contains(area.Code)))
        {
            context.ServiceAreas.Add(ServiceArea.Create(code, name, codeInUse: false));
        }

        var themes = await context.Themes.ToDictionaryAsync(theme => theme.Code, cancellationToken);
        foreach (var (code, name, subthemes) in Seed.Themes)
        {
            if (!themes.TryGetValue(code, out var parent))
            {
                parent = Theme.CreateTopLevel(code, name, codeInUse: false);
                context.Themes.Add(parent);
            }

            foreach (var (subCode, subName) in subthemes.Where(subtheme => !themes.ContainsKey(subtheme.Code)))
            {
                // A retired seeded parent keeps its retirement; its missing sub-themes are not re-added under it.
                if (parent.RetiredOn is null)
                {
                    context.Themes.Add(Theme.CreateSubtheme(subCode, subName, parent, codeInUse: false));
                }
            }
        }

        await context.SaveChangesAsync(cancellationToken);
    }
}
