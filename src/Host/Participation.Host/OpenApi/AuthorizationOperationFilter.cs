using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>Shows each operation's security requirement and the policies it needs; anonymous operations show none.</summary>
internal sealed class AuthorizationOperationFilter(IAuthorizationPolicyProvider policies) : IOperationFilter
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var names = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>().Distinct().ToList();
        if (names.Count == 0)
        {
            return;
        }

        // Policies bound to the partner scheme need X-Api-Key; every other policy is the staff bearer token's.
        var partner = names.Any(name => policies.GetPolicyAsync(name).GetAwaiter().GetResult()?.AuthenticationSchemes.Contains(ApiKeyScheme) == true);
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(partner ? ApiKeyScheme : BearerScheme, context.Document)] = [] }];
        operation.Description = string.Join(
            "\n\n",
            new[] { operation.Description, $"Authorisation: {string.Join(" and ", names)}." }.Where(text => !string.IsNullOrEmpty(text)));
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not authenticated" });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Authenticated without the role the policy needs" });
    }
}
