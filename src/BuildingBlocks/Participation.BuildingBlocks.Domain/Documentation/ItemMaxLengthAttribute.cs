namespace Participation.BuildingBlocks.Domain.Documentation;

/// <summary>
/// The longest string each item of a list of strings may be, published as the items' <c>maxLength</c> (the list's own
/// length is <see cref="System.ComponentModel.DataAnnotations.MaxLengthAttribute"/>). The validator enforces the same number.
/// </summary>
/// <param name="length">The longest item, in characters.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItemMaxLengthAttribute(int length) : Attribute
{
    /// <summary>The longest item, in characters.</summary>
    public int Length { get; } = length;
}
