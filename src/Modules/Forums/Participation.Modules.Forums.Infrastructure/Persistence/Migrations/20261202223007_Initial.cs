using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Forums.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "forums");

            migrationBuilder.CreateTable(
                name: "forums",
                schema: "forums",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    terms_of_reference = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    audiences = table.Column<string[]>(type: "text[]", nullable: false),
                    cohorts = table.Column<string[]>(type: "text[]", nullable: false),
                    cadence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    lead_officer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_forums", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "forums",
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
                schema: "forums",
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
                name: "plan_actions",
                schema: "forums",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    how = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    resources = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    settled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue_flagged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_actions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                schema: "forums",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    forum_id = table.Column<Guid>(type: "uuid", nullable: true),
                    service_area = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    participants = table.Column<string>(type: "jsonb", nullable: false),
                    hart_rung = table.Column<int>(type: "integer", nullable: false),
                    lundy = table.Column<string>(type: "jsonb", nullable: false),
                    what_came_of_it = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recognitions = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_forums_forum_id",
                        column: x => x.forum_id,
                        principalSchema: "forums",
                        principalTable: "forums",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "forums",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    forum_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    attendance = table.Column<string>(type: "jsonb", nullable: false),
                    decision_makers = table.Column<string>(type: "jsonb", nullable: false),
                    hart_rung = table.Column<int>(type: "integer", nullable: false),
                    lundy = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meetings_forums_forum_id",
                        column: x => x.forum_id,
                        principalSchema: "forums",
                        principalTable: "forums",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "forums",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    forum_id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    age_band = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cohorts = table.Column<string[]>(type: "text[]", nullable: false),
                    contact_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    age_out_at = table.Column<int>(type: "integer", nullable: true),
                    age_review_on = table.Column<DateOnly>(type: "date", nullable: true),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ageing_out_flagged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    consent_given_by = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    consent_given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    consent_recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_members_forums_forum_id",
                        column: x => x.forum_id,
                        principalSchema: "forums",
                        principalTable: "forums",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "items",
                schema: "forums",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    forum_id = table.Column<Guid>(type: "uuid", nullable: false),
                    raised_at_meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    raised_at_activity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    raised_on = table.Column<DateOnly>(type: "date", nullable: false),
                    said = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    themes = table.Column<string[]>(type: "text[]", nullable: false),
                    themes_chosen = table.Column<bool>(type: "boolean", nullable: false),
                    service_area = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    decision_maker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    next_action_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    has_overdue_action = table.Column<bool>(type: "boolean", nullable: false),
                    we_did = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    responded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reported_back_at_meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reported_back_on = table.Column<DateOnly>(type: "date", nullable: true),
                    published_said = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    published_did = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    actions = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_items_activities_raised_at_activity_id",
                        column: x => x.raised_at_activity_id,
                        principalSchema: "forums",
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_items_forums_forum_id",
                        column: x => x.forum_id,
                        principalSchema: "forums",
                        principalTable: "forums",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_items_meetings_raised_at_meeting_id",
                        column: x => x.raised_at_meeting_id,
                        principalSchema: "forums",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_items_meetings_reported_back_at_meeting_id",
                        column: x => x.reported_back_at_meeting_id,
                        principalSchema: "forums",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_forum_id",
                schema: "forums",
                table: "activities",
                column: "forum_id");

            migrationBuilder.CreateIndex(
                name: "ix_activities_held_on",
                schema: "forums",
                table: "activities",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "ix_forums_name",
                schema: "forums",
                table: "forums",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_items_forum_id",
                schema: "forums",
                table: "items",
                column: "forum_id");

            migrationBuilder.CreateIndex(
                name: "ix_items_next_action_due_on",
                schema: "forums",
                table: "items",
                column: "next_action_due_on",
                filter: "next_action_due_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_items_public_board",
                schema: "forums",
                table: "items",
                columns: new[] { "reported_back_on", "id" },
                filter: "published_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_items_raised_at_activity_id",
                schema: "forums",
                table: "items",
                column: "raised_at_activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_items_raised_at_meeting_id",
                schema: "forums",
                table: "items",
                column: "raised_at_meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_items_raised_on",
                schema: "forums",
                table: "items",
                column: "raised_on");

            migrationBuilder.CreateIndex(
                name: "ix_items_reported_back_at_meeting_id",
                schema: "forums",
                table: "items",
                column: "reported_back_at_meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_forum_id_held_on",
                schema: "forums",
                table: "meetings",
                columns: new[] { "forum_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_meetings_held_on",
                schema: "forums",
                table: "meetings",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "ix_members_age_review_on",
                schema: "forums",
                table: "members",
                column: "age_review_on",
                filter: "left_on IS NULL AND ageing_out_flagged_on IS NULL AND age_out_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_members_forum_id",
                schema: "forums",
                table: "members",
                column: "forum_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_on",
                schema: "forums",
                table: "outbox_messages",
                column: "occurred_on",
                filter: "processed_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_due_on",
                schema: "forums",
                table: "plan_actions",
                column: "due_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "forums");

            migrationBuilder.DropTable(
                name: "items",
                schema: "forums");

            migrationBuilder.DropTable(
                name: "members",
                schema: "forums");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "forums");

            migrationBuilder.DropTable(
                name: "plan_actions",
                schema: "forums");

            migrationBuilder.DropTable(
                name: "activities",
                schema: "forums");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "forums");

            migrationBuilder.DropTable(
                name: "forums",
                schema: "forums");
        }
    }
}
