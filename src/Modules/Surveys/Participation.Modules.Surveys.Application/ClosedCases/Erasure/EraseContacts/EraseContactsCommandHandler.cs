using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Erasure.EraseContacts;

/// <summary>Erasing ends the follow-up: the letter's link closes with it. Erasing what is erased changes nothing.</summary>
internal sealed class EraseContactsCommandHandler(ICaseClosureRepository closures, IInvitationRepository invitations, IOptions<ClosedCasesOptions> options, TimeProvider clock)
    : ICommandHandler<EraseContactsCommand, int>
{
    public async ValueTask<int> Handle(EraseContactsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = UkDates.Of(now);
        var erased = 0;
        foreach (var id in command.Ids)
        {
            if (await closures.GetAsync(new CaseClosureId(id), cancellationToken) is not { } closure || !closure.ContactNoLongerNeeded(today, options.Value.ContactKeepDays))
            {
                continue;
            }

            closure.EraseContact(today);
            (await invitations.LetterLinkAsync(closure, cancellationToken))?.Revoke(now);

            erased++;
        }

        return erased;
    }
}
