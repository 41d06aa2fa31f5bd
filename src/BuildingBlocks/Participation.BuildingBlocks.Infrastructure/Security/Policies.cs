using Microsoft.AspNetCore.Authorization;
using Participation.BuildingBlocks.Application.Security;

namespace Participation.BuildingBlocks.Infrastructure.Security;

/// <summary>The authorisation policies routes declare; each names the roles it admits, for the OpenAPI document too.</summary>
public static class Policies
{
    /// <summary>Any member of staff, whatever the role.</summary>
    public const string AnyStaff = "any-staff";

    /// <summary>Administrators only.</summary>
    public const string Administrators = "administrators";

    /// <summary>Adds the policies.</summary>
    public static AuthorizationBuilder AddParticipationPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return authorization
            .AddPolicy(AnyStaff, policy => policy.RequireRole(Roles.All))
            .AddPolicy(Administrators, policy => policy.RequireRole(Roles.Administrator));
    }
}
