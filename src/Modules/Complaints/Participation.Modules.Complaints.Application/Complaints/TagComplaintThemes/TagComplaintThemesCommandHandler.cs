using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.TagComplaintThemes;

internal sealed class TagComplaintThemesCommandHandler(IComplaintRepository complaints, ISender sender, TimeProvider clock) : ICommandHandler<TagComplaintThemesCommand>
{
    public async ValueTask<Unit> Handle(TagComplaintThemesCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        await sender.EnsureKnownAsync(ReferenceCodeChecks.Themes("themes", command.Themes), cancellationToken);
        complaint.TagThemes(command.Themes, clock.GetUtcNow());
        return Unit.Value;
    }
}
