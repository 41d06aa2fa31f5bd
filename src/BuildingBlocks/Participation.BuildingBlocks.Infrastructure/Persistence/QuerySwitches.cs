using System.Linq.Expressions;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Fixes a query's on/off switches (a filter's "include everything" flag) as constants before it is compiled, one
/// compiled query per combination. EF Core then leaves a switched-off filter out of the SQL altogether, and a switch
/// costs no parameter: each parameter a read sends costs a parameter object, its boxed value and EF Core's
/// bookkeeping for it, about a third of a short list's allocations (docs/performance.md).
/// </summary>
public static class QuerySwitches
{
    /// <summary>The query with its two switches (the parameters after the context) replaced by the values given.</summary>
    public static Expression<Func<TContext, T1, T2, T3, TResult>> Fix<TContext, T1, T2, T3, TResult>(
        Expression<Func<TContext, bool, bool, T1, T2, T3, TResult>> query, bool first, bool second)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = query.Parameters;
        var body = new Substitution(new Dictionary<ParameterExpression, Expression>
        {
            [parameters[1]] = Expression.Constant(first),
            [parameters[2]] = Expression.Constant(second),
        }).Visit(query.Body);
        return Expression.Lambda<Func<TContext, T1, T2, T3, TResult>>(body, parameters[0], parameters[3], parameters[4], parameters[5]);
    }

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            values.TryGetValue(node, out var value) ? value : node;
    }
}
