namespace Participation.BuildingBlocks.Application.Security;

/// <summary>Who is making the current request, as far as the application needs to know.</summary>
public interface ICurrentUser
{
    /// <summary>The subject identifier, or null outside a request (jobs).</summary>
    string? Id { get; }

    /// <summary>Whether the caller holds the role.</summary>
    bool IsInRole(string role);
}
