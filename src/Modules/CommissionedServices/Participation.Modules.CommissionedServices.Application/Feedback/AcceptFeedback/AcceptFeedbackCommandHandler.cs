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
        var items = await WithSuggestedThemesAsync(command.Items, cancellationToken);
        var stored = await store.AcceptAsync(FeedbackItem.Accept(provider, items, now), cancellationToken);
        var duplicates = stored.Count(item => item.Duplicate);
        return new AcceptFeedbackResponse(stored.Count - duplicates, duplicates, stored);
    }

    /// <summary>Service areas and themes are ReferenceData's: one question for the whole batch, each code named by its item.</summary>
    private Task EnsureReferenceDataAsync(IReadOnlyList<FeedbackItemContent> items, CancellationToken cancellationToken) =>
        sender.EnsureKnownAsync(
            items.SelectMany((item, index) => ReferenceCodeChecks.Themes($"items[{index}].themes", item.Themes)
                .Prepend(new ReferenceCode($"items[{index}].serviceArea", ReferenceCodeKind.ServiceArea, item.ServiceArea))),
            cancellationToken);

    /// <summary>
    /// An item its partner tagged keeps its tags; one that came with only a comment gets the themes the taxonomy's match
    /// terms suggest (docs/domain/vocabularies-and-themes.md#suggesting-themes), one question for the whole batch.
    /// Either way they stay suggestions until a participation officer confirms them.
    /// </summary>
    private async Task<IReadOnlyList<FeedbackItemContent>> WithSuggestedThemesAsync(IReadOnlyList<FeedbackItemContent> items, CancellationToken cancellationToken)
    {
        var untagged = items.Select(item => item.Themes.Count == 0 ? item.Comment : null).ToList();
        if (untagged.All(string.IsNullOrWhiteSpace))
        {
            return items;
        }

        var suggestions = await sender.Send(new SuggestThemesQuery(untagged), cancellationToken);
        return [.. items.Select((item, index) => suggestions[index].Count > 0 ? item with { Themes = suggestions[index] } : item)];
    }
}
