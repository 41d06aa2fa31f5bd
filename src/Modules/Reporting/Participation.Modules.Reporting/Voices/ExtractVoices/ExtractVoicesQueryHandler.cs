using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Voices.ExtractVoices;

internal sealed class ExtractVoicesQueryHandler(ReportingDbContext reporting, ISender sender) : IStreamQueryHandler<ExtractVoicesQuery, VoiceRecord>
{
    public async IAsyncEnumerable<VoiceRecord> Handle(ExtractVoicesQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Only the filters given (docs/adr/0016-the-read-path.md); untracked and unbuffered, so rows pass straight
        // from PostgreSQL to the response.
        var voices = reporting.Voices.AsNoTracking();
        if (query.From is { } from)
        {
            voices = voices.Where(voice => voice.GivenOn >= from);
        }

        if (query.To is { } to)
        {
            voices = voices.Where(voice => voice.GivenOn <= to);
        }

        if (query.Source is { } source)
        {
            voices = voices.Where(voice => voice.Source == source);
        }

        if (query.ServiceArea is { } serviceArea)
        {
            voices = voices.Where(voice => voice.ServiceArea == serviceArea);
        }

        if (query.Theme is { } theme)
        {
            // A top-level theme takes its sub-themes with it, as in every report.
            var taxonomy = await sender.Send(new GetThemeTaxonomyQuery(), cancellationToken);
            string[] codes = [theme, .. taxonomy.Where(entry => entry.TopLevelCode == theme && entry.Code != theme).Select(entry => entry.Code)];
            voices = voices.Where(voice => voice.Themes.Any(tagged => codes.Contains(tagged)));
        }

        var rows = voices
            .OrderBy(voice => voice.GivenOn).ThenBy(voice => voice.Id)
            .Select(voice => new VoiceRecord(
                voice.GivenOn, voice.Source, voice.ServiceArea, voice.Audience, voice.Cohorts, voice.Channel, voice.Themes, voice.ThemesConfirmed, voice.Rating, voice.Outcome, voice.ProviderId))
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }
}
