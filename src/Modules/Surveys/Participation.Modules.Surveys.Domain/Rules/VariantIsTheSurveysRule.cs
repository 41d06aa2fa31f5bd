using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A link or an entry names a variant the survey has, or none.</summary>
internal sealed class VariantIsTheSurveysRule(Questionnaire questionnaire, string? variant) : IBusinessRule
{
    public string Code => "surveys.unknown-variant";

    public string Message => questionnaire.Variants.Count == 0
        ? "variant must be left out: this survey has no variants."
        : $"variant must be one of the survey's variants ({string.Join(", ", questionnaire.Variants.Select(known => known.Key))}) or left out.";

    public bool IsBroken() => variant is not null && questionnaire.Variant(variant) is null;
}
