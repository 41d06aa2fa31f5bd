using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.Rules;

/// <summary>New sub-themes go under themes still in use: a retired theme only keeps old feedback's meaning.</summary>
internal sealed class ParentThemeMustBeActiveRule(bool parentRetired) : IBusinessRule
{
    public string Code => "reference-data.parent-retired";

    public string Message => "The parent theme is retired; add the sub-theme under an active theme.";

    public bool IsBroken() => parentRetired;
}
