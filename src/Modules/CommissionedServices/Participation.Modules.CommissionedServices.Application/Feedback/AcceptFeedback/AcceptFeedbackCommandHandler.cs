using Mediator;
using Participation.Modules.CommissionedServices.Domain.Feedback;
using Participation.Modules.CommissionedServices.Domain.Providers;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.CommissionedServices.Application.Feedback.AcceptFeedback;

internal sealed class AcceptFeedbackCommandHandler(IFeedbackStore store, ISender sender, TimeProvider time)
    : ICommandHandler<AcceptFeedbackCommand, AcceptFeedbackResponse>
{
    public async ValueTask<AcceptFeedbackResponse> Handle(AcceptFeedbackCommand command, CancellationToken cancellationToken)
    {
        await EnsureReferenceDataAsync(command.Items, cancellationToken);
        var now = time.GetUtcNow();
        var provider = new ProviderId(command.ProviderId);
        var stored = await store.AcceptAsync(FeedbackItem.Accept(provider, command.Items, now), cancellationToken);
        var duplicates = stored.Count(item => item.Duplicate);
        return new AcceptFeedbackResponse(stored.Count - duplicates, duplicates, stored);
    }

    /// <summary>Service areas and themes are ReferenceData's: one question for the whole batch, each code named by its item.</summary>
    private Task EnsureReferenceDataAsync(IReadOnlyList<FeedbackItemContent> items, CancellationToken cancellationToken) =>
        sender.EnsureKnownAsync(
            items.SelectMany((item, index) => ReferenceCodeChecks.Themes($"items[{index}].themes", item.Themes)
                .Prepend(new ReferenceCode($"items[{index}].serviceArea", ReferenceCodeKind.ServiceArea, item.ServiceArea))),
            cancellationToken);
}
