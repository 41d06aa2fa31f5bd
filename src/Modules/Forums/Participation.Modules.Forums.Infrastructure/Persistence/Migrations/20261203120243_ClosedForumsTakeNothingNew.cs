using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Forums.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// A closed forum takes no new member, meeting or activity, even one whose request read the forum open just before
    /// it closed (docs/domain/forums.md#forums): each new row takes a share lock on its forum's row and checks it is
    /// open. The lock waits for a close in flight and holds a close back until the row commits; it changes nothing in
    /// the forum's row, so the forum's version (its ETag) stays as it was, and rows added at once share it.
    /// </summary>
    public partial class ClosedForumsTakeNothingNew : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION forums.refuse_rows_for_closed_forums() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    closed date;
                BEGIN
                    IF NEW.forum_id IS NULL OR (TG_OP = 'UPDATE' AND NEW.forum_id IS NOT DISTINCT FROM OLD.forum_id) THEN
                        RETURN NEW;
                    END IF;
                    SELECT closed_on INTO closed FROM forums.forums WHERE id = NEW.forum_id FOR SHARE;
                    IF closed IS NOT NULL THEN
                        -- Read by ForumsDbContext, which answers with the domain's rule.
                        RAISE EXCEPTION 'forums.forum-closed %', to_char(closed, 'YYYY-MM-DD');
                    END IF;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER members_only_for_open_forums BEFORE INSERT ON forums.members
                    FOR EACH ROW EXECUTE FUNCTION forums.refuse_rows_for_closed_forums();
                CREATE TRIGGER meetings_only_for_open_forums BEFORE INSERT ON forums.meetings
                    FOR EACH ROW EXECUTE FUNCTION forums.refuse_rows_for_closed_forums();
                CREATE TRIGGER activities_only_for_open_forums BEFORE INSERT OR UPDATE OF forum_id ON forums.activities
                    FOR EACH ROW EXECUTE FUNCTION forums.refuse_rows_for_closed_forums();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER activities_only_for_open_forums ON forums.activities;
                DROP TRIGGER meetings_only_for_open_forums ON forums.meetings;
                DROP TRIGGER members_only_for_open_forums ON forums.members;
                DROP FUNCTION forums.refuse_rows_for_closed_forums();
                """);
        }
    }
}
