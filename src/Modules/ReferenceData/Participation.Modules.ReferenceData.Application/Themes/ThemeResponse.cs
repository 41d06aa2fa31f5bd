using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
namespace Participation.Modules.ReferenceData.Application.Themes;

/// <summary>A theme of the taxonomy.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Code">Its stable code.</param>
/// <param name="Name">Its name.</param>
/// <param name="ParentId">Its top-level theme; null for a top-level theme.</param>
/// <param name="Retired">Whether it is out of use.</param>
/// <param name="RetiredOn">When it was retired.</param>
public sealed record ThemeResponse(Guid Id, [property: MaxLength(TextLengths.Code)] string Code, [property: MaxLength(TextLengths.Name)] string Name, Guid? ParentId, bool Retired, DateTimeOffset? RetiredOn);
