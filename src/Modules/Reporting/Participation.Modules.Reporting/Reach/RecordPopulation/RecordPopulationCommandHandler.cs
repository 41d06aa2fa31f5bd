using Mediator;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Reach.RecordPopulation;

internal sealed class RecordPopulationCommandHandler(ReportingDbContext reporting) : ICommandHandler<RecordPopulationCommand>
{
    public async ValueTask<Unit> Handle(RecordPopulationCommand command, CancellationToken cancellationToken)
    {
        var cohort = KebabCodes<PriorityCohort>.ToCode(command.Cohort);
        var population = await reporting.Populations.SingleOrDefaultAsync(row => row.Year == command.Year && row.Cohort == cohort, cancellationToken);
        if (population is null)
        {
            population = new CohortPopulation { Id = Guid.CreateVersion7(), Year = command.Year, Cohort = cohort };
            reporting.Populations.Add(population);
        }

        population.Count = command.Count;
        population.AsAt = command.AsAt;
        return Unit.Value;
    }
}
