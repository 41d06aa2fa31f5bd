using Hangfire;
using Mediator;
using Participation.Modules.Reporting.Collations.Collate;

namespace Participation.Modules.Reporting.Collations.RequestCollation;

internal sealed class RequestThemeCollationCommandHandler(ThemeCollationStore collations, IBackgroundJobClient jobs) : ICommandHandler<RequestThemeCollationCommand, Guid?>
{
    public async ValueTask<Guid?> Handle(RequestThemeCollationCommand command, CancellationToken cancellationToken)
    {
        HalfYear.TryParse(command.HalfYear, out var half);
        if (await collations.FindAsync(half!.Value, cancellationToken) is { } existing)
        {
            return existing.Id;
        }

        // Queued rather than run here: a collation reads 18 months of voices. Two requests may queue two runs; the
        // second finds the first's report.
        jobs.Enqueue<CollateThemesJob>(job => job.CollateAsync(command.HalfYear, CancellationToken.None));
        return null;
    }
}
