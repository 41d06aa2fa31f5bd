using System.Diagnostics;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.Rules;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Domain.Responses;

/// <summary>
/// Who answered, as groups only (docs/domain/surveys.md#respondents): the audience, the service area the answers are
/// about, and the priority cohorts the respondent belongs to. Results are filtered and reported by these; none of
/// them names a person, and every count they make is suppressed when small.
/// </summary>
public sealed record RespondentProfile(Audience Audience, string ServiceArea, IReadOnlyList<PriorityCohort> Cohorts)
{
    /// <summary>
    /// The profile of someone answering <paramref name="questionnaire"/>: the audience and service area given, or the
    /// survey's only one when none is; refused (422) when the survey has several and none is named, or one it does
    /// not have is.
    /// </summary>
    public static RespondentProfile For(Questionnaire questionnaire, Audience? audience, string? serviceArea, IReadOnlyList<PriorityCohort>? cohorts)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        if (TryFor(questionnaire, audience, serviceArea, cohorts) is { } profile)
        {
            return profile;
        }

        BusinessRules.Check(new RespondentAudienceIsTheSurveysRule(questionnaire.Audiences, OnlyOr(questionnaire.Audiences, audience)));
        BusinessRules.Check(new RespondentServiceAreaIsTheSurveysRule(questionnaire.ServiceAreas, OnlyOr(questionnaire.ServiceAreas, serviceArea)));
        throw new UnreachableException("A profile that cannot be made breaks one of the two rules.");
    }

    /// <summary>As <see cref="For"/>, but null instead of refusing.</summary>
    public static RespondentProfile? TryFor(Questionnaire questionnaire, Audience? audience, string? serviceArea, IReadOnlyList<PriorityCohort>? cohorts)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return OnlyOr(questionnaire.Audiences, audience) is { } chosenAudience && questionnaire.Audiences.Contains(chosenAudience)
               && OnlyOr(questionnaire.ServiceAreas, serviceArea) is { } chosenArea && questionnaire.ServiceAreas.Contains(chosenArea)
            ? new RespondentProfile(chosenAudience, chosenArea, [.. (cohorts ?? []).Distinct().Order()])
            : null;
    }

    private static Audience? OnlyOr(IReadOnlyList<Audience> all, Audience? given) => given ?? (all.Count == 1 ? all[0] : null);

    private static string? OnlyOr(IReadOnlyList<string> all, string? given) => given ?? (all.Count == 1 ? all[0] : null);
}
