using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.RetireServiceArea;

internal sealed class RetireServiceAreaCommandHandler(IServiceAreaRepository serviceAreas, TimeProvider time) : ICommandHandler<RetireServiceAreaCommand>
{
    public async ValueTask<Unit> Handle(RetireServiceAreaCommand command, CancellationToken cancellationToken)
    {
        var serviceArea = await serviceAreas.GetAsync(new ServiceAreaId(command.Id), cancellationToken)
            ?? throw new NotFoundException("service area", command.Id);
        ExpectedVersion.Ensure(serviceArea, command.ExpectedVersion, "service area");
        serviceArea.Retire(time.GetUtcNow());
        return Unit.Value;
    }
}
