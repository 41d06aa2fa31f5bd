using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.RenameServiceArea;

internal sealed class RenameServiceAreaCommandHandler(IServiceAreaRepository serviceAreas) : ICommandHandler<RenameServiceAreaCommand>
{
    public async ValueTask<Unit> Handle(RenameServiceAreaCommand command, CancellationToken cancellationToken)
    {
        var serviceArea = await serviceAreas.LoadAsync(new ServiceAreaId(command.Id), command.ExpectedVersion, cancellationToken);
        serviceArea.Rename(command.Name.Trim());
        return Unit.Value;
    }
}
