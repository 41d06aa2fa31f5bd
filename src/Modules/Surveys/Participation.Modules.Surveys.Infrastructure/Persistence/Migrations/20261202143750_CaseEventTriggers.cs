using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Surveys.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseEventTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "case_event_id",
                schema: "surveys",
                table: "invitations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "opens_on",
                schema: "surveys",
                table: "invitations",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_events",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    @event = table.Column<string>(name: "event", type: "character varying(40)", maxLength: 40, nullable: false),
                    event_date = table.Column<DateOnly>(type: "date", nullable: false),
                    fingerprint = table.Column<byte[]>(type: "bytea", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    not_sent = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trigger_rules",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    survey_id = table.Column<Guid>(type: "uuid", nullable: false),
                    @event = table.Column<string>(name: "event", type: "character varying(40)", maxLength: 40, nullable: false),
                    link_lifetime_days = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    offset_amount = table.Column<int>(type: "integer", nullable: false),
                    offset_direction = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    offset_unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trigger_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_trigger_rules_surveys_survey_id",
                        column: x => x.survey_id,
                        principalSchema: "surveys",
                        principalTable: "surveys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_invitations_case_event_id",
                schema: "surveys",
                table: "invitations",
                column: "case_event_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_events_partner_id_event_id",
                schema: "surveys",
                table: "case_events",
                columns: new[] { "partner_id", "event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_trigger_rules_event",
                schema: "surveys",
                table: "trigger_rules",
                column: "event");

            migrationBuilder.CreateIndex(
                name: "ix_trigger_rules_survey_id",
                schema: "surveys",
                table: "trigger_rules",
                column: "survey_id");

            migrationBuilder.AddForeignKey(
                name: "fk_invitations_case_events_case_event_id",
                schema: "surveys",
                table: "invitations",
                column: "case_event_id",
                principalSchema: "surveys",
                principalTable: "case_events",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_invitations_case_events_case_event_id",
                schema: "surveys",
                table: "invitations");

            migrationBuilder.DropTable(
                name: "case_events",
                schema: "surveys");

            migrationBuilder.DropTable(
                name: "trigger_rules",
                schema: "surveys");

            migrationBuilder.DropIndex(
                name: "ix_invitations_case_event_id",
                schema: "surveys",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "case_event_id",
                schema: "surveys",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "opens_on",
                schema: "surveys",
                table: "invitations");
        }
    }
}
