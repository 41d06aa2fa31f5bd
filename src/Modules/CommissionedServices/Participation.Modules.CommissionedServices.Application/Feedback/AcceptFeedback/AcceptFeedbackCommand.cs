using System.ComponentModel.DataAnnotations;
using Mediator;
using Participation.Modules.CommissionedServices.Domain.Feedback;

namespace Participation.Modules.CommissionedServices.Application.Feedback.AcceptFeedback;

/// <summary>Accepts one item or a batch from a provider's system: all valid, or nothing stored.</summary>
public sealed record AcceptFeedbackCommand(Guid ProviderId, IReadOnlyList<FeedbackItemContent> Items) : ICommand<AcceptFeedbackResponse>;

/// <summary>What the batch stored.</summary>
/// <param name="Accepted">How many items were new.</param>
/// <param name="Duplicates">How many had been accepted before (by provider and external id) and were not stored again.</param>
/// <param name="Items">Each item's id, in the order posted.</param>
public sealed record AcceptFeedbackResponse(int Accepted, int Duplicates, [property: MaxLength(AcceptFeedbackCommandValidator.MaxBatchItems)] IReadOnlyList<AcceptedFeedbackItem> Items);
