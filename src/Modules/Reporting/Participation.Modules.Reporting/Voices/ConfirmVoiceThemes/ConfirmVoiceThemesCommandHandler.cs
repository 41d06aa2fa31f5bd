using Mediator;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Voices.ConfirmVoiceThemes;

internal sealed class ConfirmVoiceThemesCommandHandler(ReportingDbContext reporting, ISender sender) : ICommandHandler<ConfirmVoiceThemesCommand>
{
    public async ValueTask<Unit> Handle(ConfirmVoiceThemesCommand command, CancellationToken cancellationToken)
    {
        var voice = await reporting.ReviewableVoices.SingleOrDefaultAsync(row => row.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Voice", command.Id);
        if (voice.Version != command.ExpectedVersion)
        {
            throw new PreconditionFailedException("Voice");
        }

        await sender.EnsureKnownAsync(ReferenceCodeChecks.Themes("themes", command.Themes), cancellationToken);
        voice.Themes = [.. command.Themes.Distinct(StringComparer.Ordinal)];
        voice.ThemesConfirmed = true;
        return Unit.Value;
    }
}
