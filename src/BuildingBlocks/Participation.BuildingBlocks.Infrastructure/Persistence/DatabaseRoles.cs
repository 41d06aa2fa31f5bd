using Npgsql;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Least privilege in the database: the application connects as a role that owns nothing and may only read and write
/// rows (on the audit log only <c>INSERT</c> and <c>SELECT</c>); schemas and tables belong to an owner role that runs the
/// migrations. The application role cannot alter a table, disable a trigger, truncate, or set
/// <c>session_replication_role</c>, so the append-only audit log stays append-only even against the application.
/// </summary>
public static class DatabaseRoles
{
    /// <summary>The owner role the embedded cluster and the tests create.</summary>
    public const string Owner = "participation_owner";

    /// <summary>The application role the embedded cluster and the tests create.</summary>
    public const string Application = "participation_app";

    /// <summary>
    /// The password the embedded cluster and the tests give both roles. Only a local cluster that trusts loopback
    /// connections, or a throwaway test container, uses it; a council's server has its own.
    /// </summary>
    public const string DevelopmentPassword = "participation-dev";

    /// <summary>Creates both login roles when missing; <paramref name="superuser"/> must be allowed to create roles.</summary>
    public static async Task EnsureAsync(NpgsqlConnection superuser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(superuser);
        await using var command = new NpgsqlCommand(
            $"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Owner}') THEN CREATE ROLE {Owner} LOGIN PASSWORD '{DevelopmentPassword}'; END IF;
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Application}') THEN
                    CREATE ROLE {Application} LOGIN PASSWORD '{DevelopmentPassword}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
                END IF;
            END $$;
            """,
            superuser);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Lets <paramref name="applicationRole"/> read and write the rows of every table in <paramref name="schema"/>, and
    /// only insert and read those of <paramref name="appendOnlyTables"/>. Run as the owner after its migrations, so new
    /// tables are covered too.
    /// </summary>
    public static async Task GrantAsync(NpgsqlDataSource owner, string schema, string applicationRole, IReadOnlyCollection<string> appendOnlyTables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(appendOnlyTables);
        var role = Quote(applicationRole);
        var grants = new List<string>
        {
            $"GRANT USAGE ON SCHEMA {Quote(schema)} TO {role}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {Quote(schema)} TO {role}",
            $"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {Quote(schema)} TO {role}",
        };
        grants.AddRange(appendOnlyTables.Select(table => $"REVOKE UPDATE, DELETE, TRUNCATE ON {Quote(schema)}.{Quote(table)} FROM {role}"));
        await using var command = owner.CreateCommand(string.Join(";\n", grants));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>
/// Where the host connects: <c>ConnectionStrings:Participation</c> as the application role, and
/// <c>ConnectionStrings:ParticipationOwner</c> as the owner that migrates. Without an owner string, the application's
/// own role migrates and no grants are made (one role for everything, as on a developer's single-user database).
/// </summary>
/// <param name="Application">The application's connection string.</param>
/// <param name="Owner">The owner's, or null.</param>
public sealed record DatabaseConnections(string Application, string? Owner)
{
    /// <summary>The role the application connects as, to grant to; null when there is no separate owner.</summary>
    public string? ApplicationRole => Owner is null ? null : new NpgsqlConnectionStringBuilder(Application).Username;
}
