using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Reviews.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reviews");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "reviews",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    handled_on = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    content = table.Column<string>(type: "json", nullable: false)
                        .Annotation("Npgsql:Compression:", "lz4"),
                    occurred_on = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_on = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failed_attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                schema: "reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    meeting_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    child_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    age_in_years = table.Column<int>(type: "integer", nullable: false),
                    service_area = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    chair = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    participation_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    advocate_offered = table.Column<bool>(type: "boolean", nullable: false),
                    advocate_used = table.Column<bool>(type: "boolean", nullable: false),
                    attended = table.Column<bool>(type: "boolean", nullable: false),
                    felt_helped = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    form_invitation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    form_returned = table.Column<bool>(type: "boolean", nullable: false),
                    form_sent = table.Column<bool>(type: "boolean", nullable: false),
                    information_given = table.Column<bool>(type: "boolean", nullable: false),
                    views = table.Column<string[]>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviews", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_on",
                schema: "reviews",
                table: "outbox_messages",
                column: "occurred_on",
                filter: "processed_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_held_on",
                schema: "reviews",
                table: "reviews",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_partner_id_meeting_id",
                schema: "reviews",
                table: "reviews",
                columns: new[] { "partner_id", "meeting_id" },
                unique: true,
                filter: "partner_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "reviews");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "reviews");

            migrationBuilder.DropTable(
                name: "reviews",
                schema: "reviews");
        }
    }
}
