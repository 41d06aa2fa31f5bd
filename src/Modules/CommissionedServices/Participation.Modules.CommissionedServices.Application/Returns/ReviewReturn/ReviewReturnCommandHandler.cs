using Mediator;

namespace Participation.Modules.CommissionedServices.Application.Returns.ReviewReturn;

internal sealed class ReviewReturnCommandHandler(IReturnRepository returns, TimeProvider clock) : ICommandHandler<ReviewReturnCommand>
{
    public async ValueTask<Unit> Handle(ReviewReturnCommand command, CancellationToken cancellationToken)
    {
        var found = await returns.LoadAsync(command.ProviderId, command.ReturnId, command.ExpectedVersion, cancellationToken);
        found.Review(command.Decision, command.Ratings, command.Comments?.Trim(), command.ReviewedBy, clock.GetUtcNow());
        return Unit.Value;
    }
}
