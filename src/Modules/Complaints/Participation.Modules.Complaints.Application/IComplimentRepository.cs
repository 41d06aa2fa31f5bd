using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.Modules.Complaints.Application;

/// <summary>Compliments, as the use cases need them.</summary>
public interface IComplimentRepository : IRepository<Compliment, ComplimentId>
{
    /// <summary>Compliments received from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<Compliment>> ListReceivedInAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>A page of compliments matching the filter in the order recorded, after position <paramref name="after"/>.</summary>
    Task<IReadOnlyList<(Compliment Compliment, long Position)>> ListAsync(ComplimentFilter filter, long after, int take, CancellationToken cancellationToken);
}

/// <summary>Which compliments a list shows.</summary>
/// <param name="ServiceArea">Only this service area.</param>
/// <param name="ReceivedFrom">Only those received on or after this day.</param>
/// <param name="ReceivedTo">Only those received on or before this day.</param>
public sealed record ComplimentFilter(string? ServiceArea, DateOnly? ReceivedFrom, DateOnly? ReceivedTo);
