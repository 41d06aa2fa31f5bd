using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Reporting.Voices.ListVoices;

/// <summary>Voices whose suggested themes no one has confirmed yet, oldest first: a participation officer's queue.</summary>
internal sealed record ListVoicesToReviewQuery(string? ServiceArea, int PageSize, string? Cursor) : IQuery<Page<VoiceResponse>>;
