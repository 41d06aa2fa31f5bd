using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>Shows each operation's security requirement and the policies it needs; anonymous operations show none.</summary>
internal sealed class AuthorizationOperationFilter : IOperationFilter
{
    public const string BearerScheme = "Bearer";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>().Distinct().ToList();
        if (policies.Count == 0)
        {
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] }];
        operation.Description = string.Join(
            "\n\n",
            new[] { operation.Description, $"Authorisation: {string.Join(" and ", policies)}." }.Where(text => !string.IsNullOrEmpty(text)));
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not authenticated" });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Authenticated without the role the policy needs" });
    }
}
