namespace Participation.BuildingBlocks.Application.Errors;

/// <summary>The resource does not exist, or the caller may not know it exists (mapped to 404).</summary>
public sealed class NotFoundException(string resource, object id)
    : Exception($"{resource} '{id}' was not found.")
{
    /// <summary>The kind of resource asked for.</summary>
    public string Resource { get; } = resource;
}
