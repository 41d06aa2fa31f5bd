using Mediator;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys.DesignSurvey;

internal sealed class DesignSurveyCommandHandler(ISurveyRepository surveys, ISender sender) : ICommandHandler<DesignSurveyCommand, Guid>
{
    public async ValueTask<Guid> Handle(DesignSurveyCommand command, CancellationToken cancellationToken)
    {
        await sender.EnsureKnownAsync(ReferenceCodeChecks.ServiceAreas("serviceAreas", command.Draft.ServiceAreas ?? []), cancellationToken);
        var survey = Survey.Design(command.Draft.ToQuestionnaire());
        surveys.Add(survey);
        return survey.Id.Value;
    }
}
