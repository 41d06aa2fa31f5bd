using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.ReferenceData.Application.Themes.GetMatchTerms;

/// <summary>A theme's match terms, with the theme's version for <c>If-Match</c>.</summary>
public sealed record GetMatchTermsQuery(Guid Id) : IQuery<Versioned<MatchTermsResponse>>;
