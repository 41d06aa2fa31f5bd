using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Responses;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

/// <summary>
/// What one answer through a link writes, as the values of <see cref="GroupCommittedAnswers"/>' statement: converted on
/// the request's thread, so a value that cannot be converted fails that request alone.
/// </summary>
internal sealed class LinkAnswer
{
    private LinkAnswer(Guid linkId, Guid responseId, object[] values) => (LinkId, ResponseId, Values) = (linkId, responseId, values);

    public Guid LinkId { get; }

    public Guid ResponseId { get; }

    /// <summary>The statement's parameters, in order.</summary>
    public object[] Values { get; }

    /// <summary>
    /// The link as the answer left it (spent, for a single-use link, on the version it was read at), the response and
    /// the outbox rows its domain events made.
    /// </summary>
    public static LinkAnswer Of(Invitation link, bool spends, SurveyResponse response, IReadOnlyList<OutboxMessage> messages) => new(
        link.Id.Value,
        response.Id.Value,
        [
            spends, link.Id.Value, link.Version, Nullable(link.AnswerFingerprint), Nullable(link.AnsweredOn), Nullable(link.AnsweredVersion),
            Nullable(link.CaseEventId?.Value), link.CreatedAt.ToUniversalTime(),
            response.Id.Value, response.SurveyId.Value, response.SurveyVersion, KebabCodes<Channel>.ToCode(response.Channel), response.ReceivedOn,
            Nullable(response.CaseReference), KebabCodes<Audience>.ToCode(response.Audience), response.ServiceArea,
            response.Cohorts.Select(KebabCodes<PriorityCohort>.ToCode).ToArray(), Nullable(response.Variant), SurveysDbContext.AnswersJson(response.Answers),
            Nullable(response.EnteredBy),
            messages.Select(message => message.Id).ToArray(), messages.Select(message => message.Type).ToArray(),
            messages.Select(message => message.Content).ToArray(), messages.Select(message => message.OccurredOn.ToUniversalTime()).ToArray(),
        ]);

    private static object Nullable(object? value) => value ?? DBNull.Value;
}

/// <summary>
/// Answers through links, group-committed: each answer is one statement that spends its link only if the link is still
/// at the version its request read, and writes the response and its outbox rows only if it did; the answers waiting
/// at the moment go in one batch, one transaction, one commit (docs/adr/0024-answers-through-links-group-committed.md).
/// Two answers on one link in a batch: the second sees the first's spend (statements of a transaction see the ones
/// before), finds the version changed and writes nothing, as a losing unit of work would.
/// </summary>
internal sealed class GroupCommittedAnswers(NpgsqlDataSource dataSource, ILogger<GroupCommittedAnswers> logger) : GroupCommitWriter<LinkAnswer, bool>(logger)
{
    /// <summary>The columns of <c>surveys.responses</c> a response is written with: every one the model maps but <c>xmin</c>.</summary>
    public static readonly IReadOnlyList<string> ResponseColumns =
        ["id", "survey_id", "survey_version", "channel", "received_on", "case_reference", "audience", "service_area", "cohorts", "variant", "answers", "entered_by"];

    /// <summary>
    /// The columns of <c>surveys.outbox_messages</c> an outbox row is written with; the model's others are the delivery's
    /// (<see cref="DeliveryColumns"/>), which a new row starts without.
    /// </summary>
    public static readonly IReadOnlyList<string> OutboxColumns = ["id", "type", "content", "occurred_on", "failed_attempts"];

    /// <summary>What delivery records on an outbox row: nothing yet on a new one (no attempt failed).</summary>
    public static readonly IReadOnlyList<string> DeliveryColumns = ["processed_on", "last_error"];

    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Boolean, NpgsqlDbType.Uuid, NpgsqlDbType.Xid, NpgsqlDbType.Bytea, NpgsqlDbType.Date, NpgsqlDbType.Integer,
        NpgsqlDbType.Uuid, NpgsqlDbType.TimestampTz,
        NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Integer, NpgsqlDbType.Varchar, NpgsqlDbType.Date,
        NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
        NpgsqlDbType.Array | NpgsqlDbType.Text, NpgsqlDbType.Varchar, NpgsqlDbType.Jsonb,
        NpgsqlDbType.Varchar,
        NpgsqlDbType.Array | NpgsqlDbType.Uuid, NpgsqlDbType.Array | NpgsqlDbType.Text,
        NpgsqlDbType.Array | NpgsqlDbType.Text, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
    ];

    // $1 says whether the answer spends its link; an open link takes any number of answers and is not written.
    private static readonly string Answer = $"""
        WITH spent AS (
            UPDATE surveys.invitations
            SET answer_fingerprint = $4, answered_on = $5, answered_version = $6, case_event_id = $7, created_at = $8
            WHERE $1 AND id = $2 AND xmin = $3
            RETURNING id),
        taken AS (
            SELECT id FROM spent UNION ALL SELECT $2 WHERE NOT $1),
        answer AS (
            INSERT INTO surveys.responses ({string.Join(", ", ResponseColumns)})
            SELECT $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20 FROM taken),
        voice AS (
            INSERT INTO surveys.outbox_messages ({string.Join(", ", OutboxColumns)})
            SELECT message.id, message.type, message.content::json, message.occurred_on, 0
            FROM taken, unnest($21, $22, $23, $24) AS message (id, type, content, occurred_on))
        SELECT count(*) FROM taken
        """;

    /// <inheritdoc />
    protected override string EntriesName => "answers";

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<bool>> CommitAsync(IReadOnlyList<LinkAnswer> batch)
    {
        // Links are locked in one order, whichever instance writes them, so two writers' batches cannot deadlock.
        var order = Enumerable.Range(0, batch.Count).OrderBy(index => batch[index].LinkId).ToArray();
        var taken = new bool[batch.Count];
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        await using (var statements = new NpgsqlBatch(connection, transaction))
        {
            foreach (var index in order)
            {
                statements.BatchCommands.Add(Statement(batch[index]));
            }

            await using var reader = await statements.ExecuteReaderAsync(CancellationToken.None);
            foreach (var index in order)
            {
                await reader.ReadAsync(CancellationToken.None);
                taken[index] = reader.GetInt64(0) == 1;
                await reader.NextResultAsync(CancellationToken.None);
            }
        }

        try
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            // The connection can fail after PostgreSQL committed and before it said so: told "nothing was changed",
            // every client would send its answer again, and an open link would count it twice.
            if (!await CommittedAsync(batch.Where((_, index) => taken[index]).Select(answer => answer.ResponseId).ToArray()))
            {
                throw;
            }
        }

        return taken;
    }

    private static NpgsqlBatchCommand Statement(LinkAnswer answer)
    {
        var statement = new NpgsqlBatchCommand(Answer);
        for (var index = 0; index < Types.Length; index++)
        {
            statement.Parameters.Add(new NpgsqlParameter { Value = answer.Values[index], NpgsqlDbType = Types[index] });
        }

        return statement;
    }

    /// <summary>Whether the responses of a batch whose commit went unanswered are there (a transaction commits whole).</summary>
    private async Task<bool> CommittedAsync(Guid[] responses)
    {
        if (responses.Length == 0)
        {
            return false;
        }

        try
        {
            await using var check = dataSource.CreateCommand("SELECT EXISTS (SELECT FROM surveys.responses WHERE id = ANY($1))");
            check.Parameters.Add(new NpgsqlParameter { Value = responses, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
            return (bool)(await check.ExecuteScalarAsync(CancellationToken.None))!;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }
}
