using Mediator;
using Participation.Modules.Surveys.Application.Responding;

namespace Participation.Modules.Surveys.Application.ClosedCases.OptOut;

internal sealed class GetOptOutStateQueryHandler(RespondentLinks links, ICaseClosureRepository closures, ISurveyRepository surveys) : IQueryHandler<GetOptOutStateQuery, OptOutState>
{
    public async ValueTask<OptOutState> Handle(GetOptOutStateQuery query, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(query.Token, cancellationToken);
        var (closure, endedOn) = await closures.OfLetterLinkAsync(surveys, invitation, cancellationToken);
        return new OptOutState(closure is null ? endedOn : closure.OptedOutOn);
    }
}
