using Mediator;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.CreateServiceArea;

internal sealed class CreateServiceAreaCommandHandler(IServiceAreaRepository serviceAreas) : ICommandHandler<CreateServiceAreaCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateServiceAreaCommand command, CancellationToken cancellationToken)
    {
        var serviceArea = ServiceArea.Create(command.Code, command.Name.Trim(), await serviceAreas.CodeInUseAsync(command.Code, cancellationToken));
        serviceAreas.Add(serviceArea);
        return serviceArea.Id.Value;
    }
}
