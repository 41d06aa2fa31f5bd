using System.Security.Cryptography;
using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Application.Calendar;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Sample.DrawSample;

/// <summary>
/// The quarterly telephone sample (docs/domain/closed-case-follow-up.md#quarterly-sample): on or after the first
/// working day of a quarter, the last quarter's eligible closures are drawn from once (a unique quarter makes a second
/// run, or a second instance, find the first draw). Each eligible closure takes part: drawn, it joins the call list;
/// not drawn, its follow-up ends.
/// </summary>
internal sealed class DrawSampleCommandHandler(
    ICaseClosureRepository closures, ISampleDrawRepository draws, IOptions<ClosedCasesOptions> options, IOptions<CalendarOptions> calendar, TimeProvider clock)
    : ICommandHandler<DrawSampleCommand, SampleDrawResponse?>
{
    public async ValueTask<SampleDrawResponse?> Handle(DrawSampleCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = UkDates.Of(now);
        var quarter = ReportPeriod.QuarterOf(today);
        if (today < WorkingDays.StartDate(quarter.From, calendar.Value.DeploymentRegion))
        {
            return null;
        }

        var drawnFrom = quarter.Previous();
        if (await draws.ForQuarterAsync(drawnFrom.Label, cancellationToken) is { } earlier)
        {
            return SampleDrawResponse.Of(earlier);
        }

        var eligible = await closures.EligibleForSampleAsync(drawnFrom, cancellationToken);
        var settings = options.Value;
        var seed = settings.SampleSeed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        var (draw, picked) = SampleDraw.Make(
            drawnFrom.Label, [.. eligible.Select(closure => (closure.Id, closure.ServiceArea))], seed, new SampleSize(settings.SampleSize, settings.SamplePercent), now);
        draws.Add(draw);
        foreach (var closure in eligible)
        {
            closure.TookPartIn(draw.Id, picked.Contains(closure.Id), today);
        }

        return SampleDrawResponse.Of(draw);
    }
}
