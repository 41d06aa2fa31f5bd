using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.ReferenceData.Application;

/// <summary>The shape of codes and names in the maintained lists.</summary>
internal static class EntryRules
{

    /// <summary>Lower-case words joined by hyphens: stable in URLs, exports and partner payloads.</summary>
    public static IRuleBuilderOptions<T, string> MustBeACode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .MaximumLength(TextLengths.Code)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage("code must be lower-case letters and digits in words joined by hyphens, e.g. children-in-care.");

    public static IRuleBuilderOptions<T, string> MustBeAName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("name is required.")
            .MaximumLength(TextLengths.Name);
}
