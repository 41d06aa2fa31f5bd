using FluentValidation;
using FluentValidation.Results;

namespace Participation.BuildingBlocks.Application.Validation;

/// <summary>
/// A route that takes one item and hands it to a batch command: the command names a field <c>items[0].comment</c>,
/// the client sent <c>comment</c>, so its errors are renamed to what the client sent.
/// </summary>
public static class SingleItemPosts
{
    /// <summary>Runs <paramref name="send"/>, naming any invalid field as in a single item rather than the first of <paramref name="collection"/>.</summary>
    public static async Task<T> AsSingleItemAsync<T>(this Task<T> send, string collection)
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            return await send;
        }
        catch (ValidationException invalid)
        {
            var prefix = $"{collection}[0].";
            throw new ValidationException(invalid.Errors.Select(failure => new ValidationFailure(
                failure.PropertyName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? failure.PropertyName[prefix.Length..] : failure.PropertyName,
                failure.ErrorMessage)));
        }
    }
}
