using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys.PublishSurvey;

internal sealed class PublishSurveyCommandHandler(ISurveyRepository surveys, TimeProvider clock) : ICommandHandler<PublishSurveyCommand, int>
{
    public async ValueTask<int> Handle(PublishSurveyCommand command, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(new SurveyId(command.Id), command.ExpectedVersion, cancellationToken);
        return survey.Publish(clock.GetUtcNow()).Number;
    }
}
