using Microsoft.AspNetCore.Http;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Writes that, once begun, finish whether or not the client is still there.</summary>
public static class RunToTheEnd
{
    /// <summary>
    /// Hands the endpoint a token that never fires in place of the request's. Cancelled part-way, a write could commit
    /// and then fail in its follow-up read: the audit filter would not record it, and an idempotency key would be freed
    /// for the retry to run it again. Run to the end, it is recorded and its answer kept.
    /// </summary>
    public static void Uncancellable(EndpointFilterInvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var index = 0; index < context.Arguments.Count; index++)
        {
            if (context.Arguments[index] is CancellationToken)
            {
                context.Arguments[index] = CancellationToken.None;
            }
        }
    }
}
