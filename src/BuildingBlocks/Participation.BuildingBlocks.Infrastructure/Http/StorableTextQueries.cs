using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Participation.BuildingBlocks.Domain.Text;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Query-string parameters get the same check as body strings (<see cref="StorableText"/>), before any endpoint runs.</summary>
public static class StorableTextQueries
{
    /// <summary>Refuses a request whose query string carries text that cannot be stored, naming each parameter.</summary>
    public static IApplicationBuilder UseStorableTextQueries(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.QueryString.HasValue)
            {
                var refused = context.Request.Query
                    .Where(parameter => !StorableText.IsStorable(parameter.Key) || parameter.Value.Any(value => !StorableText.IsStorable(value)))
                    .Select(parameter => new ValidationFailure(StorableText.IsStorable(parameter.Key) ? parameter.Key : "query", StorableText.Refusal))
                    .ToList();
                if (refused.Count > 0)
                {
                    throw new ValidationException(refused);
                }
            }

            return next(context);
        });
}
