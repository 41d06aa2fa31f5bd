using FluentValidation.Results;
using Mediator;
using Participation.BuildingBlocks.Application.Errors;
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

    /// <summary>Service areas and themes are ReferenceData's: one question each for the whole batch.</summary>
    private async Task EnsureReferenceDataAsync(IReadOnlyList<FeedbackItemContent> items, CancellationToken cancellationToken)
    {
        var areas = await sender.Send(new FindActiveServiceAreasQuery([.. items.Select(item => item.ServiceArea).Distinct(StringComparer.Ordinal)]), cancellationToken);
        var themes = await sender.Send(new FindActiveThemesQuery([.. items.SelectMany(item => item.Themes).Distinct(StringComparer.Ordinal)]), cancellationToken);
        var failures = new List<ValidationFailure>();
        for (var index = 0; index < items.Count; index++)
        {
            if (!areas.Contains(items[index].ServiceArea))
            {
                failures.Add(new ValidationFailure($"items[{index}].serviceArea", "This is not an active service area code."));
            }

            failures.AddRange(UnknownCodes.Failures(items[index].Themes, themes, $"items[{index}].themes", "This is not an active theme code."));
        }

        UnknownCodes.ThrowIfAny(failures);
    }
}
