using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Complaints.Application.Compliments.ListCompliments;

/// <summary>Compliments in the order recorded, by service area and the days they were received.</summary>
public sealed record ListComplimentsQuery(string? ServiceArea, DateOnly? ReceivedFrom, DateOnly? ReceivedTo, int PageSize, string? Cursor) : IQuery<Page<ComplimentResponse>>;
