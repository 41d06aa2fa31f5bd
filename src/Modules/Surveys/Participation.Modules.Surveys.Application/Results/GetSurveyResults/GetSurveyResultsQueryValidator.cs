using FluentValidation;

namespace Participation.Modules.Surveys.Application.Results.GetSurveyResults;

internal sealed class GetSurveyResultsQueryValidator : AbstractValidator<GetSurveyResultsQuery>
{
    public GetSurveyResultsQueryValidator() => RuleFor(query => query.Version).GreaterThan(0).WithMessage("version must be a published version's number, from 1.");
}
