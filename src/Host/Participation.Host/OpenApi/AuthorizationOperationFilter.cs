using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.OpenApi;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>
/// Shows each operation's security requirement and, in words, who may call it: the staff roles its policies admit or
/// the partner key scope they need. Anonymous operations show none.
/// </summary>
internal sealed class AuthorizationOperationFilter(IAuthorizationPolicyProvider policies) : IOperationFilter
{
    public const string BearerScheme = "Bearer";
    public const string ApiKeyScheme = "ApiKey";
    public const string SignInScheme = "SignIn";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var required = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).OfType<string>().Distinct()
            .Select(name => policies.GetPolicyAsync(name).GetAwaiter().GetResult())
            .OfType<AuthorizationPolicy>()
            .ToList();
        if (required.Count == 0)
        {
            return;
        }

        var partner = required.Any(policy => policy.AuthenticationSchemes.Contains(PartnerAuthentication.Scheme));
        operation.Security = partner
            ? [Requirement(ApiKeyScheme, context)]
            : [Requirement(BearerScheme, context), Requirement(SignInScheme, context)];
        operation.Description = string.Join(
            "\n\n",
            new[] { operation.Description, $"Who may call it: {string.Join("; ", required.Select(Who).Distinct())}." }.Where(text => !string.IsNullOrEmpty(text)));
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", ResponsesOperationFilter.Problem("No valid credentials were sent", context));
        ResponsesOperationFilter.AddHeader(operation.Responses["401"], ResponsesOperationFilter.WwwAuthenticate, context);
        operation.Responses.TryAdd("403", ResponsesOperationFilter.Problem(partner ? "The key lacks the scope this operation needs" : "The caller lacks every role this operation admits", context));
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OperationFilterContext context) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] };

    private static string Who(AuthorizationPolicy policy)
    {
        var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(requirement => requirement.AllowedRoles).ToList();
        var scopes = policy.Requirements.OfType<ClaimsAuthorizationRequirement>()
            .Where(requirement => requirement.ClaimType == PartnerAuthentication.ScopeClaim)
            .SelectMany(requirement => requirement.AllowedValues ?? [])
            .ToList();
        return (roles.Count, scopes.Count) switch
        {
            (> 0, _) => $"staff in the role {string.Join(" or ", roles)}",
            (_, > 0) => $"a partner key with the scope {string.Join(" or ", scopes)}",
            _ when policy.AuthenticationSchemes.Contains(PartnerAuthentication.Scheme) => "any active partner key",
            _ => "any signed-in member of staff",
        };
    }
}
