namespace Participation.BuildingBlocks.Application.Errors;

/// <summary>The client's <c>If-Match</c> version is no longer current (mapped to 412).</summary>
public sealed class PreconditionFailedException(string resource)
    : Exception($"The {resource} has changed since it was read; read it again and retry with its current ETag.");

/// <summary>The update needs an <c>If-Match</c> header and none was sent (mapped to 428).</summary>
public sealed class PreconditionRequiredException()
    : Exception("Send If-Match with the ETag of the version you read.");
