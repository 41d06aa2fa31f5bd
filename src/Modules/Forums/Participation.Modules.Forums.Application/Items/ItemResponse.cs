using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items;

/// <summary>A "you said" item, its actions and its "we did".</summary>
/// <param name="Id">The item's id.</param>
/// <param name="ForumId">The forum whose loop it follows.</param>
/// <param name="RaisedAtMeetingId">The meeting it was raised at, if it was.</param>
/// <param name="RaisedAtActivityId">The activity it was raised at (an inspection's finding), if it was.</param>
/// <param name="RaisedOn">The day it was raised.</param>
/// <param name="Said">What was said.</param>
/// <param name="Themes">Theme codes.</param>
/// <param name="ServiceArea">The service area it goes to.</param>
/// <param name="DecisionMaker">The decision-maker it goes to.</param>
/// <param name="Status">open | answered (response written) | closed (reported back).</param>
/// <param name="Actions">Its actions.</param>
/// <param name="WeDid">What was done, or why not.</param>
/// <param name="Outcome">changed | not-changed | next-steps.</param>
/// <param name="RespondedOn">The day the response was written.</param>
/// <param name="ReportedBackAtMeetingId">The meeting it was reported back at.</param>
/// <param name="ReportedBackOn">The day it was reported back.</param>
/// <param name="Published">Whether it is on the public board.</param>
/// <param name="PublishedSaid">The public board's wording of what was said.</param>
/// <param name="PublishedDid">The public board's wording of what was done.</param>
public sealed record ItemResponse(
    Guid Id,
    Guid ForumId,
    Guid? RaisedAtMeetingId,
    Guid? RaisedAtActivityId,
    DateOnly RaisedOn,
    [property: MaxLength(TextLengths.Statement)] string Said,
    [property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> Themes,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    [property: MaxLength(TextLengths.Name)] string DecisionMaker,
    ItemStatus Status,
    [property: MaxLength(ItemLimits.Actions)] IReadOnlyList<ActionResponse> Actions,
    [property: MaxLength(TextLengths.Statement)] string? WeDid,
    ResponseOutcome? Outcome,
    DateOnly? RespondedOn,
    Guid? ReportedBackAtMeetingId,
    DateOnly? ReportedBackOn,
    bool Published,
    [property: MaxLength(TextLengths.Statement)] string? PublishedSaid,
    [property: MaxLength(TextLengths.Statement)] string? PublishedDid)
{
    /// <summary>The item as the API shows it.</summary>
    public static ItemResponse From(ForumItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemResponse(
            item.Id.Value, item.ForumId.Value, item.RaisedAtMeetingId?.Value, item.RaisedAtActivityId?.Value, item.RaisedOn, item.Said, item.Themes, item.ServiceArea, item.DecisionMaker,
            item.Status, [.. item.Actions.Select(ActionResponse.From)], item.WeDid, item.Outcome, item.RespondedOn, item.ReportedBackAtMeetingId?.Value, item.ReportedBackOn,
            item.PublishedAt is not null, item.PublishedSaid, item.PublishedDid);
    }
}

/// <summary>An action on an item.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="Description">What is to be done.</param>
/// <param name="Owner">Who is to do it.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Status">open | done | cancelled.</param>
/// <param name="SettledOn">The day it was done or cancelled.</param>
/// <param name="OverdueFlaggedOn">The day the daily job found it overdue.</param>
public sealed record ActionResponse(
    Guid Id,
    [property: MaxLength(TextLengths.Reason)] string Description,
    [property: MaxLength(TextLengths.Name)] string Owner,
    DateOnly DueOn,
    ActionStatus Status,
    DateOnly? SettledOn,
    DateOnly? OverdueFlaggedOn)
{
    /// <summary>The action as the API shows it.</summary>
    public static ActionResponse From(ItemAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new ActionResponse(action.Id.Value, action.Description, action.Owner, action.DueOn, action.Status, action.SettledOn, action.OverdueFlaggedOn);
    }
}
