using Mediator;
using Participation.Modules.CommissionedServices.Domain.Returns;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.CommissionedServices.Application.Returns.SubmitReturn;

internal sealed class SubmitReturnCommandHandler(IReturnRepository returns, ISender sender, TimeProvider clock) : ICommandHandler<SubmitReturnCommand>
{
    public async ValueTask<Unit> Handle(SubmitReturnCommand command, CancellationToken cancellationToken)
    {
        var found = await returns.LoadOwnedAsync(new ReturnId(command.ReturnId), candidate => candidate.ProviderId.Value == command.ProviderId, command.ExpectedVersion, cancellationToken);
        await sender.EnsureKnownAsync(ReferenceCodeChecks.Themes("themes", command.Themes), cancellationToken);
        found.Submit(command.Content, command.SubmittedBy, clock.GetUtcNow());
        return Unit.Value;
    }
}
