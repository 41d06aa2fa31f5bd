using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Participation.BuildingBlocks.Application.Security;

namespace Participation.BuildingBlocks.Infrastructure.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? Id => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? accessor.HttpContext?.User.FindFirstValue("sub");

    public bool IsInRole(string role) => accessor.HttpContext?.User.IsInRole(role) ?? false;
}
