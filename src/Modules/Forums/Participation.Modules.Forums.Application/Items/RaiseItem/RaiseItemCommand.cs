using Mediator;

namespace Participation.Modules.Forums.Application.Items.RaiseItem;

/// <summary>Records what a forum said, at one of its meetings or at an activity it ran (an inspection's finding).</summary>
/// <param name="MeetingId">The meeting; or null with <paramref name="ActivityId"/>.</param>
/// <param name="ActivityId">The activity; or null with <paramref name="MeetingId"/>.</param>
/// <param name="Said">What was said, in the officer's words.</param>
/// <param name="Themes">Theme codes; none, and the taxonomy suggests them from the words.</param>
/// <param name="ServiceArea">The service area it goes to (code).</param>
/// <param name="DecisionMaker">The decision-maker it goes to.</param>
public sealed record RaiseItemCommand(Guid? MeetingId, Guid? ActivityId, string Said, IReadOnlyList<string> Themes, string ServiceArea, string DecisionMaker) : ICommand<Guid>;
