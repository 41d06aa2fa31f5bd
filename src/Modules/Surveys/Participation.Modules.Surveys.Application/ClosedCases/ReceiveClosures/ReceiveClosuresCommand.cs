using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.ReceiveClosures;

/// <summary>Closures from a partner (or, with no partner, an officer): all recorded or none; ids already known are reported, not recorded again.</summary>
public sealed record ReceiveClosuresCommand(Guid? PartnerId, IReadOnlyList<ClosureNotice> Closures) : ICommand<IReadOnlyList<ClosureReceipt>>;

/// <summary>What became of one closure of a batch.</summary>
/// <param name="Id">The closure's id here.</param>
/// <param name="ClosureId">The sender's id for it.</param>
/// <param name="Duplicate">It was already recorded; nothing was stored again.</param>
public sealed record ClosureReceipt(Guid Id, [property: System.ComponentModel.DataAnnotations.MaxLength(Participation.BuildingBlocks.Domain.TextLengths.ExternalId)] string ClosureId, bool Duplicate);
