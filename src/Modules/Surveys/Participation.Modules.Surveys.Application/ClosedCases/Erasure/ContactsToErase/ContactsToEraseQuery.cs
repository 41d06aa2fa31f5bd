using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Erasure.ContactsToErase;

/// <summary>
/// Of a batch of closures still holding contact details, in id order after <paramref name="After"/>, those whose details
/// are no longer needed (docs/domain/closed-case-follow-up.md#contact-details).
/// </summary>
public sealed record ContactsToEraseQuery(Guid? After) : IQuery<ContactsToErase>;

/// <summary>One batch's closures to erase, and where the next batch starts (null after the last).</summary>
/// <param name="Due">The closures whose contact details are to be erased.</param>
/// <param name="Next">The last closure the batch looked at, when there may be more.</param>
public sealed record ContactsToErase(IReadOnlyList<Guid> Due, Guid? Next);
