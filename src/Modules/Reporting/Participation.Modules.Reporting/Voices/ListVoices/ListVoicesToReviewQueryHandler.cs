using Mediator;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Voices.ListVoices;

internal sealed class ListVoicesToReviewQueryHandler(ReportingDbContext reporting) : IQueryHandler<ListVoicesToReviewQuery, Page<VoiceResponse>>
{
    public async ValueTask<Page<VoiceResponse>> Handle(ListVoicesToReviewQuery query, CancellationToken cancellationToken)
    {
        // Only the filters given (docs/adr/0016-the-read-path.md). Ids are version 7, so their order is the order received.
        var voices = reporting.ReviewableVoices.AsNoTracking().Where(voice => !voice.ThemesConfirmed);
        if (query.ServiceArea is { } serviceArea)
        {
            voices = voices.Where(voice => voice.ServiceArea == serviceArea);
        }

        if (Paging.DecodeId(query.Cursor) is { } after)
        {
            voices = voices.Where(voice => voice.Id.CompareTo(after) > 0);
        }

        var rows = await voices.OrderBy(voice => voice.Id).Take(query.PageSize + 1)
            .Select(VoiceResponse.Of)
            .ToListAsync(cancellationToken);
        return Paging.ToPage(rows, query.PageSize, voice => voice.Id.ToString());
    }
}
