using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.RecordReminderSent;

internal sealed class RecordReminderSentCommandHandler(IReturnRepository returns, TimeProvider clock) : ICommandHandler<RecordReminderSentCommand>
{
    public async ValueTask<Unit> Handle(RecordReminderSentCommand command, CancellationToken cancellationToken)
    {
        var found = await returns.LoadAsync(new ReturnId(command.ReturnId), cancellationToken);
        found.RecordReminderSent(command.Reminder, clock.GetUtcNow());
        return Unit.Value;
    }
}
