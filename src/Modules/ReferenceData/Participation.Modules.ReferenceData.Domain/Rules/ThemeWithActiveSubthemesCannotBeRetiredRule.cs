using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.Rules;

/// <summary>Retiring a theme while its sub-themes stay active would leave active tags with no active group.</summary>
internal sealed class ThemeWithActiveSubthemesCannotBeRetiredRule(int activeSubthemes) : IBusinessRule
{
    public string Code => "reference-data.theme-has-active-subthemes";

    public string Message => $"The theme has {activeSubthemes} active sub-theme(s); retire them first.";

    public bool IsBroken() => activeSubthemes > 0;
}
