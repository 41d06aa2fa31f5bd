namespace Participation.BuildingBlocks.Application.Persistence;

/// <summary>A resource with the version it was read at, sent to clients as its ETag.</summary>
/// <typeparam name="T">The resource representation.</typeparam>
/// <param name="Value">The representation.</param>
/// <param name="Version">The aggregate's <c>xmin</c> version.</param>
public sealed record Versioned<T>(T Value, uint Version);
