using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.Rules;

/// <summary>The theme taxonomy has two levels (docs/domain/vocabularies-and-themes.md#themes): a sub-theme's parent must be a top-level theme.</summary>
internal sealed class TaxonomyHasTwoLevelsRule(bool parentIsSubtheme) : IBusinessRule
{
    public string Code => "reference-data.taxonomy-depth";

    public string Message => "A sub-theme's parent must be a top-level theme: the taxonomy has two levels.";

    public bool IsBroken() => parentIsSubtheme;
}
