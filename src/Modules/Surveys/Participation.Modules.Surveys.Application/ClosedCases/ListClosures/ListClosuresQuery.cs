using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.ListClosures;

/// <summary>Closures in the order received, optionally only those whose letter is in <paramref name="Letter"/>, a page at a time.</summary>
public sealed record ListClosuresQuery(LetterStatus? Letter, int PageSize, string? Cursor, bool CallListOnly = false) : IQuery<Page<CaseClosureResponse>>;
