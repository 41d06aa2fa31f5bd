using Mediator;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Voices.GetVoice;

internal sealed class GetVoiceQueryHandler(ReportingDbContext reporting) : IQueryHandler<GetVoiceQuery, Versioned<VoiceResponse>>
{
    public async ValueTask<Versioned<VoiceResponse>> Handle(GetVoiceQuery query, CancellationToken cancellationToken) =>
        await reporting.ReviewableVoices.AsNoTracking()
            .Where(voice => voice.Id == query.Id)
            .Select(voice => new Versioned<VoiceResponse>(
                new VoiceResponse(voice.Id, voice.Source, voice.GivenOn, voice.ServiceArea, voice.Audience, voice.Themes, voice.ThemesConfirmed, voice.Quote),
                voice.Version))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Voice", query.Id);
}
