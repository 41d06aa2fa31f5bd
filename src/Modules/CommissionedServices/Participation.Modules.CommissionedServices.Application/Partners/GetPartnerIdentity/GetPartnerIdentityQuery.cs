using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Mediator;

namespace Participation.Modules.CommissionedServices.Application.Partners.GetPartnerIdentity;

/// <summary>Who a partner key speaks for, so a partner can check its set-up.</summary>
public sealed record GetPartnerIdentityQuery(Guid ProviderId, IReadOnlyList<string> Scopes) : IQuery<PartnerIdentityResponse>;

/// <summary>The provider a key belongs to and what the key may do.</summary>
public sealed record PartnerIdentityResponse(Guid ProviderId, [property: MaxLength(TextLengths.Name)] string ProviderName, [property: MaxLength(PartnerScopes.MaxScopes), ItemMaxLength(TextLengths.EnumCode)] IReadOnlyList<string> Scopes);
