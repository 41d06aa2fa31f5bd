using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Application.Responding;

namespace Participation.Modules.Surveys.Application.ClosedCases.OptOut;

internal sealed class GetOptOutStateQueryHandler(RespondentLinks links, ICaseClosureRepository closures) : IQueryHandler<GetOptOutStateQuery, OptOutState>
{
    public async ValueTask<OptOutState> Handle(GetOptOutStateQuery query, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(query.Token, cancellationToken);
        var closure = await closures.FindByInvitationAsync(invitation.Id, cancellationToken) ?? throw new NotFoundException("Link", "that was given");
        return new OptOutState(closure.OptedOutOn);
    }
}
