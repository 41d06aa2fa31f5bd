using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Erasure.ContactsToErase;

/// <summary>Closures whose contact details are no longer needed (docs/domain/closed-case-follow-up.md#contact-details), up to a batch.</summary>
public sealed record ContactsToEraseQuery : IQuery<IReadOnlyList<Guid>>;
