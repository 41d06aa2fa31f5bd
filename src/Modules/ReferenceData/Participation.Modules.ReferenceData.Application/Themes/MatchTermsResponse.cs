using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;

namespace Participation.Modules.ReferenceData.Application.Themes;

/// <summary>The words and phrases that suggest a theme in free text.</summary>
/// <param name="Code">The theme's code.</param>
/// <param name="Terms">Its match terms, lower-cased.</param>
public sealed record MatchTermsResponse([property: MaxLength(TextLengths.Code)] string Code, [property: MaxLength(MatchTermsResponse.MaxTerms), ItemMaxLength(TextLengths.Name)] IReadOnlyList<string> Terms)
{
    /// <summary>Terms one theme may have.</summary>
    public const int MaxTerms = 50;
}
