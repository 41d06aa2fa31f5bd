using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Involvement;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.Forums.Application.Involvement;

/// <summary>What recording and correcting an activity share: its service area checked, the forum that ran it loaded.</summary>
internal static class ActivityRecords
{
    /// <summary>The service area must be active, unless the activity already has it (<paramref name="kept"/>).</summary>
    public static async Task<(ActivityDetails Details, Forum? RunBy)> ResolveAsync(IActivityDetailsCommand command, string? kept, IForumRepository forums, ISender sender, CancellationToken cancellationToken)
    {
        if (command.ServiceArea is { } serviceArea)
        {
            await sender.EnsureKnownAsync(ReferenceCodeChecks.ServiceArea("serviceArea", serviceArea, kept), cancellationToken);
        }

        var runBy = command.ForumId is { } forumId ? await forums.LoadAsync(new ForumId(forumId), cancellationToken) : null;
        var details = new ActivityDetails(
            command.Kind, command.Title.Trim(), command.HeldOn, runBy?.Id, command.ServiceArea, command.Participants, command.HartRung, command.Lundy, command.WhatCameOfIt?.Trim(), command.Recognitions);
        return (details, runBy);
    }
}
