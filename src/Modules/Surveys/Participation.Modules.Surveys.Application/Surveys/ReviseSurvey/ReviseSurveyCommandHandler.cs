using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys.ReviseSurvey;

internal sealed class ReviseSurveyCommandHandler(ISurveyRepository surveys, ISender sender) : ICommandHandler<ReviseSurveyCommand>
{
    public async ValueTask<Unit> Handle(ReviseSurveyCommand command, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(new SurveyId(command.Id), command.ExpectedVersion, cancellationToken);
        await sender.EnsureKnownAsync(ReferenceCodeChecks.ServiceAreas("serviceAreas", command.Draft.ServiceAreas ?? []), cancellationToken);
        survey.Revise(command.Draft.ToQuestionnaire());
        return Unit.Value;
    }
}
