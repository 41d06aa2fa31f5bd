using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.CommissionedServices.Application.Providers.ListProviders;

/// <summary>Providers in name order, a page at a time.</summary>
public sealed record ListProvidersQuery(bool IncludeDeactivated, int PageSize, string? Cursor) : IQuery<Page<ProviderResponse>>;
