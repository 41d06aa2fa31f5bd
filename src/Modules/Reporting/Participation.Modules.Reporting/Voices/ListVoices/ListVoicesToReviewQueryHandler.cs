using Mediator;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Voices.ListVoices;

internal sealed class ListVoicesToReviewQueryHandler(ReportingDbContext reporting) : IQueryHandler<ListVoicesToReviewQuery, Page<VoiceResponse>>
{
    public async ValueTask<Page<VoiceResponse>> Handle(ListVoicesToReviewQuery query, CancellationToken cancellationToken)
    {
        // Only the filters given (docs/adr/0016-the-read-path.md). Oldest first by the day the voice was given: ids are
        // random for some sources (a survey answer's must not say when it was made), so they only break a day's ties.
        var voices = reporting.ReviewableVoices.AsNoTracking().Where(voice => !voice.ThemesConfirmed);
        if (query.ServiceArea is { } serviceArea)
        {
            voices = voices.Where(voice => voice.ServiceArea == serviceArea);
        }

        if (Paging.DecodeDayAndId(query.Cursor) is var (day, after))
        {
            voices = voices.Where(voice => voice.GivenOn > day || (voice.GivenOn == day && voice.Id.CompareTo(after) > 0));
        }

        var rows = await voices.OrderBy(voice => voice.GivenOn).ThenBy(voice => voice.Id).Take(query.PageSize + 1)
            .Select(VoiceResponse.Of)
            .ToListAsync(cancellationToken);
        return Paging.ToPage(rows, query.PageSize, voice => Paging.DayAndIdKey(voice.GivenOn, voice.Id));
    }
}
