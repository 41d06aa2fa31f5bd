using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// A parameter's <see cref="MaxLengthAttribute"/> (text) or <see cref="RangeAttribute"/> (a whole number) is what the
/// OpenAPI document publishes as its <c>maxLength</c> or <c>minimum</c> and <c>maximum</c>; this holds the route to
/// it, so a value outside is a 400 naming the parameter instead of a filter that quietly matches nothing. Worked out
/// once per route when the endpoints are built; a route without such a parameter gets no filter.
/// </summary>
public static class DeclaredParameterLimits
{
    /// <summary>Refuses, on every route of the group, a parameter outside its declared limits.</summary>
    public static TBuilder CheckDeclaredParameterLimits<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((route, next) =>
        {
            var limited = route.MethodInfo.GetParameters().Select(Limit).OfType<LimitedParameter>().ToArray();
            if (limited.Length == 0)
            {
                return next;
            }

            return invocation =>
            {
                var refused = limited
                    .Where(parameter => !parameter.Allows(invocation.Arguments[parameter.Position]))
                    .Select(parameter => new ValidationFailure(parameter.Name, parameter.Refusal))
                    .ToList();
                return refused.Count == 0 ? next(invocation) : throw new FluentValidation.ValidationException(refused);
            };
        });

    private static LimitedParameter? Limit(ParameterInfo parameter)
    {
        var name = parameter.GetCustomAttribute<FromQueryAttribute>()?.Name
            ?? parameter.GetCustomAttribute<FromRouteAttribute>()?.Name
            ?? parameter.GetCustomAttribute<FromHeaderAttribute>()?.Name
            ?? parameter.Name!;
        if (parameter.ParameterType == typeof(string) && parameter.GetCustomAttribute<MaxLengthAttribute>() is { } length)
        {
            return new LimitedParameter(parameter.Position, name, value => value is not string text || text.Length <= length.Length, $"{name} must be at most {length.Length} characters.");
        }

        if ((Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType) == typeof(int)
            && parameter.GetCustomAttribute<RangeAttribute>() is { Minimum: int minimum, Maximum: int maximum })
        {
            return new LimitedParameter(
                parameter.Position,
                name,
                value => value is not int number || (number >= minimum && number <= maximum),
                string.Create(CultureInfo.InvariantCulture, $"{name} must be from {minimum} to {maximum}."));
        }

        return null;
    }

    private sealed record LimitedParameter(int Position, string Name, Func<object?, bool> Allows, string Refusal);
}
