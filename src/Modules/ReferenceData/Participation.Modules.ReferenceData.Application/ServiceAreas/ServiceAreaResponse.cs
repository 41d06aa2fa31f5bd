using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
namespace Participation.Modules.ReferenceData.Application.ServiceAreas;

/// <summary>A service area.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Code">Its stable code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Retired">Whether it is out of use.</param>
/// <param name="RetiredOn">When it was retired.</param>
public sealed record ServiceAreaResponse(Guid Id, [property: MaxLength(TextLengths.Code)] string Code, [property: MaxLength(TextLengths.Name)] string Name, bool Retired, DateTimeOffset? RetiredOn);
