using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Responding;

/// <summary>
/// Who answers, as groups (docs/domain/surveys.md#respondents): given when links are issued, answers entered or a case
/// event posted, so results can be filtered by them. Each may be left out: the audience and the service area then
/// default to the survey's only one, and must be named when it has several.
/// </summary>
/// <param name="Audience">Which of the survey's audiences answers.</param>
/// <param name="ServiceArea">Which of the survey's service areas the answers are about.</param>
/// <param name="Cohorts">The priority cohorts the respondent belongs to, if known.</param>
public sealed record RespondentGroups(
    Audience? Audience,
    [property: MaxLength(TextLengths.Code)] string? ServiceArea,
    [property: MaxLength(ListLengths.Cohorts)] IReadOnlyList<PriorityCohort>? Cohorts)
{
    /// <summary>The profile these groups make for someone answering <paramref name="questionnaire"/>.</summary>
    public static RespondentProfile ProfileFor(Questionnaire questionnaire, RespondentGroups? groups) =>
        RespondentProfile.For(questionnaire, groups?.Audience, groups?.ServiceArea?.Trim(), groups?.Cohorts);

    /// <summary>As <see cref="ProfileFor"/>, but null where that refuses.</summary>
    public static RespondentProfile? TryProfileFor(Questionnaire questionnaire, RespondentGroups? groups) =>
        RespondentProfile.TryFor(questionnaire, groups?.Audience, groups?.ServiceArea?.Trim(), groups?.Cohorts);
}

internal sealed class RespondentGroupsValidator : AbstractValidator<RespondentGroups>
{
    public RespondentGroupsValidator()
    {
        RuleFor(groups => groups.Audience).IsInEnum();
        RuleFor(groups => groups.ServiceArea).MaximumLength(TextLengths.Code);
        RuleFor(groups => groups.Cohorts).Must(cohorts => cohorts is null || cohorts.Count <= ListLengths.Cohorts).WithMessage($"cohorts may list at most {ListLengths.Cohorts}.");
        RuleForEach(groups => groups.Cohorts).IsInEnum();
    }
}
