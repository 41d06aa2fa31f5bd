using FluentValidation;
using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.Modules.Reporting.Reach.RecordPopulation;

internal sealed class RecordPopulationCommandValidator : AbstractValidator<RecordPopulationCommand>
{
    /// <summary>The largest cohort population recorded: far above any council's, small enough to catch a typo.</summary>
    public const int LargestCount = 10_000_000;

    public RecordPopulationCommandValidator()
    {
        RuleFor(command => command.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear);
        RuleFor(command => command.Count).InclusiveBetween(0, LargestCount);
        RuleFor(command => command.AsAt)
            .Must((command, asAt) => ReportPeriod.FinancialYear(command.Year).Contains(asAt) || asAt == ReportPeriod.FinancialYear(command.Year).From.AddDays(-1))
            .When(command => command.Year is >= ReportPeriod.FirstYear and <= ReportPeriod.LastYear)
            .WithMessage("asAt must fall in the financial year, or be the 31 March before it.");
    }
}
