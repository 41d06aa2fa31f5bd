using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Reporting.Voices.GetVoice;

/// <summary>One voice whose themes are reviewed here, with its version for <c>If-Match</c>.</summary>
internal sealed record GetVoiceQuery(Guid Id) : IQuery<Versioned<VoiceResponse>>;
