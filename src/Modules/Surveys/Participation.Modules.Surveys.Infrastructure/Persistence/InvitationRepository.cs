using Microsoft.EntityFrameworkCore;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class InvitationRepository(SurveysDbContext context) : IInvitationRepository
{
    public Task<Invitation?> GetAsync(InvitationId id, CancellationToken cancellationToken) =>
        context.Invitations.SingleOrDefaultAsync(invitation => invitation.Id == id, cancellationToken);

    public Task<Invitation?> FindByTokenAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        context.Invitations.SingleOrDefaultAsync(invitation => invitation.TokenHash == tokenHash, cancellationToken);

    public void Add(Invitation invitation) => context.Invitations.Add(invitation);
}
