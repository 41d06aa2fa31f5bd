using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.CommissionedServices.Application.ApiKeys;
using Participation.Modules.CommissionedServices.Application.ApiKeys.IssueApiKey;
using Participation.Modules.CommissionedServices.Application.ApiKeys.ListApiKeys;
using Participation.Modules.CommissionedServices.Application.ApiKeys.RevokeApiKey;

namespace Participation.Modules.CommissionedServices.Infrastructure.Endpoints;

internal static class ApiKeyEndpoints
{
    public static void MapApiKeys(this RouteGroupBuilder providers)
    {
        var keys = providers.MapGroup("/{providerId:guid}/api-keys").RequireAuthorization(Policies.Administrators).AuditsRecord("keyId");

        keys.MapGet("/", List).WithName("ListApiKeys").WithSummary("A provider's latest 100 keys, newest first, never their secrets (Administrator)")
            .ReturnsAtMost(ListApiKeysQuery.MaxKeys);
        keys.MapPost("/", Issue)
            .WithName("IssueApiKey")
            .WithSummary("Issues a partner key, shown in this response only; two may be active at once for rotation (Administrator)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        keys.MapDelete("/{keyId:guid}", Revoke).WithName("RevokeApiKey").WithSummary("Revokes a key immediately (Administrator)");
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyResponse>>> List(Guid providerId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListApiKeysQuery(providerId), cancellationToken));

    private static async Task<Created<IssuedApiKeyResponse>> Issue(Guid providerId, IssueApiKeyRequest request, ISender sender, HttpResponse response, IServiceProvider services, CancellationToken cancellationToken)
    {
        // Keys are counted on the provider: two issued at once, the loser is asked again and counts the winner's.
        var issued = await sender.SendOnceMoreIfRacedAsync(new IssueApiKeyCommand(providerId, request.Scopes ?? [], request.ExpiresOn), services, cancellationToken);
        // The secret is in this body only: no cache may keep it.
        response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"{ProviderEndpoints.Path}/{providerId}/api-keys/{issued.Id}", issued);
    }

    private static async Task<NoContent> Revoke(Guid providerId, Guid keyId, ISender sender, IPartnerKeyRevocations revocations, IServiceProvider services, CancellationToken cancellationToken)
    {
        await sender.SendOnceMoreIfRacedAsync(new RevokeApiKeyCommand(providerId, keyId), services, cancellationToken);
        revocations.Revoked(providerId);
        return TypedResults.NoContent();
    }
}

/// <summary>A key to issue.</summary>
/// <param name="Scopes">feedback:write, feedback:read, case-closures:write, surveys:trigger, reviews:write, returns:write.</param>
/// <param name="ExpiresOn">When it stops working; omit for a key that works until revoked.</param>
internal sealed record IssueApiKeyRequest([property: MaxLength(PartnerScopes.MaxScopes), ItemMaxLength(TextLengths.EnumCode)] IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresOn) : IHasExample<IssueApiKeyRequest>
{
    public static IssueApiKeyRequest Example => new([PartnerScopes.FeedbackWrite, PartnerScopes.FeedbackRead], ExpiresOn: null);
}
