using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Errors;

namespace Participation.UnitTests.Platform;

/// <summary>A duplicate is a 409 however it reaches the handler: through EF Core or from a statement of the application's own.</summary>
public sealed class UniqueViolationProblemTests
{
    [Fact]
    public async Task A_unique_violation_from_a_plain_statement_is_a_409_duplicate_not_a_500()
    {
        var written = new WrittenProblem();
        var http = new DefaultHttpContext();

        await new ProblemDetailsExceptionHandler(written, NullLogger<ProblemDetailsExceptionHandler>.Instance)
            .TryHandleAsync(http, new PostgresException("duplicate key value", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation), CancellationToken.None);

        Assert.Equal(StatusCodes.Status409Conflict, http.Response.StatusCode);
        Assert.Equal("duplicate", written.Problem!.Extensions["code"]);
    }

    private sealed class WrittenProblem : IProblemDetailsService
    {
        public ProblemDetails? Problem { get; private set; }

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            Problem = context.ProblemDetails;
            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TryWriteAsync(ProblemDetailsContext context)
        {
            Problem = context.ProblemDetails;
            return ValueTask.FromResult(true);
        }
    }
}
