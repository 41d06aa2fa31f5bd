using Mediator;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Reporting.Reach.RecordPopulation;

/// <summary>Records, or corrects, a cohort's population for a financial year.</summary>
internal sealed record RecordPopulationCommand(int Year, PriorityCohort Cohort, int Count, DateOnly AsAt) : ICommand;
