using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Infrastructure.Modules;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

internal sealed class UnitOfWorkLocator(ModuleRegistry modules, IServiceProvider services) : IUnitOfWorkLocator
{
    public IUnitOfWork ForMessage(Type messageType) =>
        (IUnitOfWork)services.GetRequiredService(modules.Owning(messageType).DbContextType);

    public IUnitOfWork? ForMessageIfOwned(Type messageType) =>
        modules.IsOwned(messageType) ? ForMessage(messageType) : null;
}
