using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Surveys.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClosedCaseFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sample_draws",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    quarter = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    seed = table.Column<int>(type: "integer", nullable: false),
                    size = table.Column<int>(type: "integer", nullable: true),
                    percent = table.Column<int>(type: "integer", nullable: false),
                    drawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    strata = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sample_draws", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_closures",
                schema: "surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closure_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    case_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    service_area = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    do_not_contact_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    addressee_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    postal_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    preferred_language = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    format = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    contact_erased_on = table.Column<DateOnly>(type: "date", nullable: true),
                    opted_out_on = table.Column<DateOnly>(type: "date", nullable: true),
                    opted_out_via = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    letter_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    letter_channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    letter_date = table.Column<DateOnly>(type: "date", nullable: true),
                    message_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    resent_by_hand = table.Column<bool>(type: "boolean", nullable: false),
                    printed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    responded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    responded_via = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    sample_draw_id = table.Column<Guid>(type: "uuid", nullable: true),
                    drawn = table.Column<bool>(type: "boolean", nullable: false),
                    call_outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    follow_up_ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    calls = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_closures", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_closures_invitations_invitation_id",
                        column: x => x.invitation_id,
                        principalSchema: "surveys",
                        principalTable: "invitations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_case_closures_sample_draws_sample_draw_id",
                        column: x => x.sample_draw_id,
                        principalSchema: "surveys",
                        principalTable: "sample_draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_closures_closed_on",
                schema: "surveys",
                table: "case_closures",
                column: "closed_on");

            migrationBuilder.CreateIndex(
                name: "ix_case_closures_closure_id_by_officers",
                schema: "surveys",
                table: "case_closures",
                column: "closure_id",
                unique: true,
                filter: "partner_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_closures_invitation_id",
                schema: "surveys",
                table: "case_closures",
                column: "invitation_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_closures_letter_date_letter_channel",
                schema: "surveys",
                table: "case_closures",
                columns: new[] { "letter_date", "letter_channel" });

            migrationBuilder.CreateIndex(
                name: "ix_case_closures_letter_status",
                schema: "surveys",
                table: "case_closures",
                column: "letter_status");

            migrationBuilder.CreateIndex(
                name: "ix_case_closures_partner_id_closure_id",
                schema: "surveys",
                table: "case_closures",
                columns: new[] { "partner_id", "closure_id" },
                unique: true,
                filter: "partner_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_closures_sample_draw_id",
                schema: "surveys",
                table: "case_closures",
                column: "sample_draw_id");

            migrationBuilder.CreateIndex(
                name: "ix_sample_draws_quarter",
                schema: "surveys",
                table: "sample_draws",
                column: "quarter",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_closures",
                schema: "surveys");

            migrationBuilder.DropTable(
                name: "sample_draws",
                schema: "surveys");
        }
    }
}
