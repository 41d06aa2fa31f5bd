using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.Modules.Complaints.Application;

/// <summary>Compliments, as the use cases need them.</summary>
public interface ICompliments
{
    /// <summary>The compliment, or null.</summary>
    Task<Compliment?> GetAsync(ComplimentId id, CancellationToken cancellationToken);

    /// <summary>Compliments received from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<IReadOnlyList<Compliment>> ListReceivedInAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Tracks a new compliment; it is saved with the unit of work.</summary>
    void Add(Compliment compliment);
}
