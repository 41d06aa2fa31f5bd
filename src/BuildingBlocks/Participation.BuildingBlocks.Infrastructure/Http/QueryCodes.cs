using FluentValidation;
using FluentValidation.Results;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Vocabulary codes in query strings (<c>?audience=child-or-young-person</c>), read as the JSON body reads them.</summary>
public static class QueryCodes
{
    /// <summary>The value <paramref name="code"/> names, null when absent; a 400 naming <paramref name="parameter"/> and the codes allowed otherwise.</summary>
    public static TEnum? Parse<TEnum>(string? code, string parameter)
        where TEnum : struct, Enum =>
        code is null ? null
        : KebabCodes<TEnum>.TryFromCode(code, out var value) ? value
        : throw new ValidationException([new ValidationFailure(parameter, $"{parameter} must be one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(KebabCodes<TEnum>.ToCode))}.")]);
}
