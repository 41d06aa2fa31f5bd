using System.Globalization;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A link scheduled by a trigger opens on its day, not before.</summary>
internal sealed class LinkOpensOnItsDayRule(DateOnly? opensOn, DateOnly today) : IBusinessRule
{
    public string Code => "surveys.link-not-open-yet";

    public string Message => $"This link opens on {opensOn?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => opensOn > today;
}
