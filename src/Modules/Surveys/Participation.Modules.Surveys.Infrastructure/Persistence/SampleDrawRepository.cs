using Microsoft.EntityFrameworkCore;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class SampleDrawRepository(SurveysDbContext context) : ISampleDrawRepository
{
    public Task<SampleDraw?> GetAsync(SampleDrawId id, CancellationToken cancellationToken) =>
        context.SampleDraws.SingleOrDefaultAsync(draw => draw.Id == id, cancellationToken);

    public void Add(SampleDraw aggregate) => context.SampleDraws.Add(aggregate);

    public Task<SampleDraw?> ForQuarterAsync(string quarter, CancellationToken cancellationToken) =>
        context.SampleDraws.AsNoTracking().SingleOrDefaultAsync(draw => draw.Quarter == quarter, cancellationToken);
}
