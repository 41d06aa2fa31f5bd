using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
namespace Participation.BuildingBlocks.Domain.Calendar;

/// <summary>A day on which the banks close, named as GOV.UK names it.</summary>
/// <param name="Date">The day the holiday is observed (a substitute day where the holiday fell at a weekend).</param>
/// <param name="Name">The holiday's name.</param>
public sealed record BankHoliday(DateOnly Date, [property: MaxLength(TextLengths.Name)] string Name);
