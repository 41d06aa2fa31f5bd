using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.BuildingBlocks.Application.Calendar.GetBankHolidays;

/// <summary>The bank holidays of a year in a region.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Region">A region name, or null for the deployment's own.</param>
public sealed record GetBankHolidaysQuery(int Year, string? Region) : IQuery<IReadOnlyList<BankHoliday>>;
