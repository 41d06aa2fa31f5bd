using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Partners;

namespace Participation.BuildingBlocks.Infrastructure.Modules;

/// <summary>The modules every host runs whatever is switched off: the audit log and the partner platform.</summary>
public static class PlatformModules
{
    /// <summary>New instances of each platform module.</summary>
    public static IReadOnlyList<IModule> All() => [new AuditModule(), new PartnerPlatformModule()];
}
