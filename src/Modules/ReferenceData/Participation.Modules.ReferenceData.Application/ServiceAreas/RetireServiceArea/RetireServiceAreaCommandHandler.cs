using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.RetireServiceArea;

internal sealed class RetireServiceAreaCommandHandler(IServiceAreaRepository serviceAreas, TimeProvider time) : ICommandHandler<RetireServiceAreaCommand>
{
    public async ValueTask<Unit> Handle(RetireServiceAreaCommand command, CancellationToken cancellationToken)
    {
        var serviceArea = await serviceAreas.LoadAsync(new ServiceAreaId(command.Id), command.ExpectedVersion, cancellationToken);
        serviceArea.Retire(time.GetUtcNow());
        return Unit.Value;
    }
}
