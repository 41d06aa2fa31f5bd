using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Forums.Contracts;

/// <summary>
/// A forum raised something ("you said"): for reporting, one voice heard at a forum meeting. No member, no words: the
/// item's text stays in Forums until its loop closes (docs/domain/forums.md#events-out).
/// </summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was recorded.</param>
/// <param name="ItemId">The item, which is also the voice's id.</param>
/// <param name="RaisedOn">The day it was raised.</param>
/// <param name="ForumKind">The kind of forum (kind code).</param>
/// <param name="Audience">Who the forum speaks for (its main audience code).</param>
/// <param name="Cohorts">The priority cohorts the forum represents (codes).</param>
/// <param name="ServiceArea">The service area it goes to (code).</param>
/// <param name="Themes">Theme codes the officer gave, or the taxonomy suggested.</param>
/// <param name="ThemesChosen">True when an officer chose the themes; false when suggested, to be confirmed in Reporting.</param>
public sealed record ForumItemRaised(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid ItemId,
    DateOnly RaisedOn,
    string ForumKind,
    string Audience,
    IReadOnlyList<string> Cohorts,
    string ServiceArea,
    IReadOnlyList<string> Themes,
    bool ThemesChosen) : IIntegrationEvent;
