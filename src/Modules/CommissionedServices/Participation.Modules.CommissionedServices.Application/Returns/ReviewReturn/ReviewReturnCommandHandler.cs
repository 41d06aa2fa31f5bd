using Mediator;
using Participation.Modules.CommissionedServices.Domain.Returns;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.CommissionedServices.Application.Returns.ReviewReturn;

internal sealed class ReviewReturnCommandHandler(IReturnRepository returns, TimeProvider clock) : ICommandHandler<ReviewReturnCommand>
{
    public async ValueTask<Unit> Handle(ReviewReturnCommand command, CancellationToken cancellationToken)
    {
        var found = await returns.LoadOwnedAsync(new ReturnId(command.ReturnId), candidate => candidate.ProviderId.Value == command.ProviderId, command.ExpectedVersion, cancellationToken);
        found.Review(command.Decision, command.Ratings, command.Comments?.Trim(), command.ReviewedBy, clock.GetUtcNow());
        return Unit.Value;
    }
}
