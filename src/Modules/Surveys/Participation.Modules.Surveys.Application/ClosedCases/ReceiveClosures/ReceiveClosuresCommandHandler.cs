using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.ReceiveClosures;

/// <summary>
/// The case-management system says a case closed (docs/domain/closed-case-follow-up.md#closure-notice). The same
/// closure id again is the closure already recorded, so a resend writes no second letter.
/// </summary>
internal sealed class ReceiveClosuresCommandHandler(ICaseClosureRepository closures, ISender sender, TimeProvider clock)
    : ICommandHandler<ReceiveClosuresCommand, IReadOnlyList<ClosureReceipt>>
{
    public async ValueTask<IReadOnlyList<ClosureReceipt>> Handle(ReceiveClosuresCommand command, CancellationToken cancellationToken)
    {
        var notices = command.Closures;
        await sender.EnsureKnownAsync(
            notices.Select((notice, index) => new ReferenceCode($"closures[{index}].serviceArea", ReferenceCodeKind.ServiceArea, notice.ServiceArea.Trim())),
            cancellationToken);
        var known = (await closures.FindByClosureIdsAsync(command.PartnerId, [.. notices.Select(notice => notice.ClosureId.Trim())], cancellationToken))
            .ToDictionary(closure => closure.ClosureId, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var today = UkDates.Of(now);
        var receipts = new List<ClosureReceipt>(notices.Count);
        foreach (var notice in notices)
        {
            var closureId = notice.ClosureId.Trim();
            if (known.TryGetValue(closureId, out var existing))
            {
                receipts.Add(new ClosureReceipt(existing.Id.Value, closureId, Duplicate: true));
                continue;
            }

            var closure = CaseClosure.Receive(
                command.PartnerId, closureId, notice.CaseReference.Trim(), notice.ClosedOn, notice.ServiceArea.Trim(),
                notice.DoNotContact ? null : notice.Contact?.ToContact(), notice.DoNotContact ? notice.DoNotContactReason!.Trim() : null, now, today);
            closures.Add(closure);
            receipts.Add(new ClosureReceipt(closure.Id.Value, closureId, Duplicate: false));
        }

        return receipts;
    }
}
