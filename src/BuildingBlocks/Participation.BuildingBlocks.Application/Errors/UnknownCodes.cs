using FluentValidation;
using FluentValidation.Results;

namespace Participation.BuildingBlocks.Application.Errors;

/// <summary>Validation failures for codes a client sent that are not (or no longer) in use, each named by its position.</summary>
public static class UnknownCodes
{
    /// <summary>A failure for each of <paramref name="codes"/> missing from <paramref name="known"/>, named <c>{field}[{index}]</c>.</summary>
    public static IEnumerable<ValidationFailure> Failures(IReadOnlyList<string> codes, IReadOnlySet<string> known, string field, string message)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(known);
        return codes
            .Select((code, index) => (code, index))
            .Where(entry => !known.Contains(entry.code))
            .Select(entry => new ValidationFailure($"{field}[{entry.index}]", message));
    }

    /// <summary>Throws a 400 naming every failure, if there is any.</summary>
    public static void ThrowIfAny(IEnumerable<ValidationFailure> failures)
    {
        var list = failures.ToList();
        if (list.Count > 0)
        {
            throw new ValidationException(list);
        }
    }
}
