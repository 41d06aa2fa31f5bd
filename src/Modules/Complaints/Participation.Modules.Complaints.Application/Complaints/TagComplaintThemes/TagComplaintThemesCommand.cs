using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.TagComplaintThemes;

/// <summary>Tags a complaint with themes from the shared taxonomy, replacing earlier tags.</summary>
public sealed record TagComplaintThemesCommand(Guid ComplaintId, IReadOnlyList<string> Themes, uint? ExpectedVersion) : ICommand;
