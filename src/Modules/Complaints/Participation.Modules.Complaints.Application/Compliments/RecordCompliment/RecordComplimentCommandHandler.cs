using Participation.Modules.ReferenceData.Contracts;
using Mediator;
using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.Modules.Complaints.Application.Compliments.RecordCompliment;

internal sealed class RecordComplimentCommandHandler(IComplimentRepository compliments, ISender sender, TimeProvider clock) : ICommandHandler<RecordComplimentCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordComplimentCommand command, CancellationToken cancellationToken)
    {
        await sender.EnsureKnownAsync([new ReferenceCode("serviceArea", ReferenceCodeKind.ServiceArea, command.ServiceArea)], cancellationToken);
        var compliment = Compliment.Receive(command.ReceivedOn, command.Audience, command.Channel, command.ServiceArea, command.Summary.Trim(), clock.GetUtcNow());
        compliments.Add(compliment);
        return compliment.Id.Value;
    }
}
