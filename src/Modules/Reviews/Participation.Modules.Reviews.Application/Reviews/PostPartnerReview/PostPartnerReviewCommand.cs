using Mediator;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.PostPartnerReview;

/// <summary>
/// The case-management system records a meeting under its own id: the first time it is recorded, after that the same
/// id replaces the facts (a correction). Sending the same again changes nothing.
/// </summary>
public sealed record PostPartnerReviewCommand(
    Guid PartnerId, string MeetingId, ReviewKind Kind, DateOnly HeldOn, string ChildReference, int AgeInYears, string ServiceArea, string Chair, DateOnly? DueOn, ReviewFacts Facts)
    : ICommand<PartnerReviewReceipt>, IReviewCommand;

/// <summary>What became of a partner's post.</summary>
/// <param name="Id">The review's id here.</param>
/// <param name="Created">True when this post recorded it for the first time.</param>
public sealed record PartnerReviewReceipt(Guid Id, bool Created);
