using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Responses;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

/// <summary>
/// What one answer through a link writes: the link as the answer left it (spent, for a single-use link, on the
/// version it was read at), the response and the outbox rows its domain events made.
/// </summary>
internal sealed record LinkAnswer(Invitation Link, bool Spends, SurveyResponse Response, IReadOnlyList<OutboxMessage> Messages);

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
            INSERT INTO surveys.outbox_messages (id, type, content, occurred_on, failed_attempts)
            SELECT message.id, message.type, message.content::json, message.occurred_on, 0
            FROM taken, unnest($21::uuid[], $22::text[], $23::text[], $24::timestamptz[]) AS message (id, type, content, occurred_on))
        SELECT count(*) FROM taken
        """;

    /// <inheritdoc />
    protected override string EntriesName => "answers";

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<bool>> CommitAsync(IReadOnlyList<LinkAnswer> batch)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        await using var statements = new NpgsqlBatch(connection, transaction);
        foreach (var answer in batch)
        {
            statements.BatchCommands.Add(Statement(answer));
        }

        var taken = new List<bool>(batch.Count);
        await using (var reader = await statements.ExecuteReaderAsync(CancellationToken.None))
        {
            do
            {
                await reader.ReadAsync(CancellationToken.None);
                taken.Add(reader.GetInt64(0) == 1);
            }
            while (await reader.NextResultAsync(CancellationToken.None));
        }

        await transaction.CommitAsync(CancellationToken.None);
        return taken;
    }

    private static NpgsqlBatchCommand Statement(LinkAnswer answer)
    {
        var (link, response) = (answer.Link, answer.Response);
        return new NpgsqlBatchCommand(Answer)
        {
            Parameters =
            {
                new() { Value = answer.Spends, NpgsqlDbType = NpgsqlDbType.Boolean },
                new() { Value = link.Id.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = link.Version, NpgsqlDbType = NpgsqlDbType.Xid },
                new() { Value = (object?)link.AnswerFingerprint ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea },
                new() { Value = (object?)link.AnsweredOn ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date },
                new() { Value = (object?)link.AnsweredVersion ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer },
                new() { Value = (object?)link.CaseEventId?.Value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = link.CreatedAt.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new() { Value = response.Id.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = response.SurveyId.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = response.SurveyVersion, NpgsqlDbType = NpgsqlDbType.Integer },
                new() { Value = KebabCodes<Channel>.ToCode(response.Channel), NpgsqlDbType = NpgsqlDbType.Varchar },
                new() { Value = response.ReceivedOn, NpgsqlDbType = NpgsqlDbType.Date },
                new() { Value = (object?)response.CaseReference ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar },
                new() { Value = KebabCodes<Audience>.ToCode(response.Audience), NpgsqlDbType = NpgsqlDbType.Varchar },
                new() { Value = response.ServiceArea, NpgsqlDbType = NpgsqlDbType.Varchar },
                new() { Value = response.Cohorts.Select(KebabCodes<PriorityCohort>.ToCode).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = (object?)response.Variant ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar },
                new() { Value = SurveysDbContext.AnswersJson(response.Answers), NpgsqlDbType = NpgsqlDbType.Jsonb },
                new() { Value = (object?)response.EnteredBy ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar },
                new() { Value = answer.Messages.Select(message => message.Id).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid },
                new() { Value = answer.Messages.Select(message => message.Type).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = answer.Messages.Select(message => message.Content).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                new() { Value = answer.Messages.Select(message => message.OccurredOn.ToUniversalTime()).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz },
            },
        };
    }
}
