namespace Participation.BuildingBlocks.Domain;

/// <summary>
/// A strongly typed identifier over a UUID, so an id of one aggregate cannot be passed where another's is expected.
/// Declare ids as <c>public readonly record struct ThemeId(Guid Value) : IStronglyTypedId;</c>.
/// </summary>
public interface IStronglyTypedId
{
    /// <summary>The underlying UUID.</summary>
    Guid Value { get; }
}
