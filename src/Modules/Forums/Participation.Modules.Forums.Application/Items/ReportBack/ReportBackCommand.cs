using Mediator;

namespace Participation.Modules.Forums.Application.Items.ReportBack;

/// <summary>Records that an item's response was reported back at a meeting: the loop closes.</summary>
public sealed record ReportBackCommand(Guid ItemId, uint ExpectedVersion, Guid MeetingId) : ICommand;
