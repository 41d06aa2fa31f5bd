namespace Participation.BuildingBlocks.Domain.Documentation;

/// <summary>
/// A request or response type that shows itself by example in the OpenAPI document. The example is a typed value, so
/// it compiles against the type it illustrates and cannot drift from it.
/// </summary>
/// <typeparam name="TSelf">The type itself.</typeparam>
public interface IHasExample<out TSelf>
    where TSelf : IHasExample<TSelf>
{
    /// <summary>A realistic value, as a client would send or receive it.</summary>
    static abstract TSelf Example { get; }
}
