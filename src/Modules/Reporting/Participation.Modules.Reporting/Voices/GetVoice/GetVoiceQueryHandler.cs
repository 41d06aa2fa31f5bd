using Mediator;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Voices.GetVoice;

internal sealed class GetVoiceQueryHandler(ReportingDbContext reporting) : IQueryHandler<GetVoiceQuery, Versioned<VoiceResponse>>
{
    public async ValueTask<Versioned<VoiceResponse>> Handle(GetVoiceQuery query, CancellationToken cancellationToken)
    {
        var voice = await reporting.ReviewableVoices.AsNoTracking().SingleOrDefaultAsync(row => row.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Voice", query.Id);
        return new Versioned<VoiceResponse>(VoiceResponse.From(voice), voice.Version);
    }
}
