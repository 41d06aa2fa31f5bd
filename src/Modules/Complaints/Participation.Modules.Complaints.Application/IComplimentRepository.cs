using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.Modules.Complaints.Application;

/// <summary>Compliments, as the use cases need them.</summary>
public interface IComplimentRepository : IRepository<Compliment, ComplimentId>
{
    /// <summary>Compliments received from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<Compliment>> ListReceivedInAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
