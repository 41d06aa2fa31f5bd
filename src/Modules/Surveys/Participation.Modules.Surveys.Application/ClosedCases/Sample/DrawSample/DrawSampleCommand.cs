using Mediator;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Sample.DrawSample;

/// <summary>
/// From the first working day of a quarter, draws the telephone sample from the last quarter's closures, once;
/// returns the draw (made now or before), or null before that day.
/// </summary>
public sealed record DrawSampleCommand : ICommand<SampleDrawResponse?>;

/// <summary>A quarter's draw: enough to reproduce it from the same closures.</summary>
/// <param name="Id">The draw.</param>
/// <param name="Quarter">The quarter of the financial year drawn from, e.g. 2026-27 Q2.</param>
/// <param name="Seed">The random seed.</param>
/// <param name="Size">The fixed size configured, or null where a percentage of each service area was drawn.</param>
/// <param name="Percent">The percentage configured.</param>
/// <param name="DrawnAt">When.</param>
/// <param name="Strata">Each service area's eligible and drawn closures.</param>
public sealed record SampleDrawResponse(
    Guid Id,
    [property: System.ComponentModel.DataAnnotations.MaxLength(Participation.BuildingBlocks.Domain.Reporting.ReportPeriod.LabelMaxLength)] string Quarter,
    int Seed, int? Size, int Percent, DateTimeOffset DrawnAt, IReadOnlyList<Stratum> Strata)
{
    public static SampleDrawResponse Of(SampleDraw draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        return new(draw.Id.Value, draw.Quarter, draw.Seed, draw.Size, draw.Percent, draw.DrawnAt, draw.Strata);
    }
}
