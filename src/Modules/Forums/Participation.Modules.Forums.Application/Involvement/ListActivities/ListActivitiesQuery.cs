using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Application.Involvement.ListActivities;

/// <summary>Activities in the order recorded, a page at a time, of one kind or all.</summary>
public sealed record ListActivitiesQuery(ActivityKind? Kind, int PageSize, string? Cursor) : IQuery<Page<ActivityResponse>>;
