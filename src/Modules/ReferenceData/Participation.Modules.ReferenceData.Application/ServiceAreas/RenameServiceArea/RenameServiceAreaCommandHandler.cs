using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.RenameServiceArea;

internal sealed class RenameServiceAreaCommandHandler(IServiceAreaRepository serviceAreas) : ICommandHandler<RenameServiceAreaCommand>
{
    public async ValueTask<Unit> Handle(RenameServiceAreaCommand command, CancellationToken cancellationToken)
    {
        var serviceArea = await serviceAreas.GetAsync(new ServiceAreaId(command.Id), cancellationToken)
            ?? throw new NotFoundException("service area", command.Id);
        ExpectedVersion.Ensure(serviceArea, command.ExpectedVersion, "service area");
        serviceArea.Rename(command.Name.Trim());
        return Unit.Value;
    }
}
