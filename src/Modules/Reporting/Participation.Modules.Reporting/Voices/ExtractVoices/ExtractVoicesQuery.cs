using Mediator;

namespace Participation.Modules.Reporting.Voices.ExtractVoices;

/// <summary>Every voice matching the filters given, in the order given, one at a time: an extract of any size in constant memory.</summary>
internal sealed record ExtractVoicesQuery(DateOnly? From, DateOnly? To, string? Source, string? ServiceArea, string? Theme) : IStreamQuery<VoiceRecord>;
