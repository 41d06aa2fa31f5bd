using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Participation.Modules.Complaints.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "complaints");

            migrationBuilder.CreateTable(
                name: "complaints",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    complainant_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    complainant_child_case_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    complainant_on_behalf_of_child = table.Column<bool>(type: "boolean", nullable: false),
                    complainant_child_agrees = table.Column<bool>(type: "boolean", nullable: true),
                    service_area = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    procedure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    grounds_on = table.Column<DateOnly>(type: "date", nullable: true),
                    late_acceptance_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    advocacy_offered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    advocacy_answer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    advocacy_organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    stage1_deadline_start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    stage1_deadline_due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    stage1_deadline_working_days = table.Column<int>(type: "integer", nullable: false),
                    stage1_deadline_region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    stage1_extended_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    stage1_extended_due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    stage1_extended_working_days = table.Column<int>(type: "integer", nullable: true),
                    stage1_extended_region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    stage1_extension_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    stage1_responded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    stage1_response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    stage1_outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    stage1_overdue_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    themes = table.Column<string[]>(type: "text[]", nullable: false),
                    position = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "compliments",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    service_area = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    position = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compliments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "complaints",
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
                schema: "complaints",
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
                name: "complaint_escalations",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_on = table.Column<DateOnly>(type: "date", nullable: false),
                    late_request_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    investigating_officer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    independent_person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_escalations", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_escalations_complaints_id",
                        column: x => x.id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_lessons",
                schema: "complaints",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    action = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_lessons", x => new { x.complaint_id, x.number });
                    table.ForeignKey(
                        name: "fk_complaint_lessons_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_ombudsman_cases",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    enquiry_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    remedy = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    remedy_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    remedy_completed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_ombudsman_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_ombudsman_cases_complaints_id",
                        column: x => x.id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_points",
                schema: "complaints",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    stage1finding = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    stage2finding = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_points", x => new { x.complaint_id, x.number });
                    table.ForeignKey(
                        name: "fk_complaint_points_complaints_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_review_panels",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_on = table.Column<DateOnly>(type: "date", nullable: false),
                    members = table.Column<string[]>(type: "text[]", nullable: false),
                    panel_deadline_start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    panel_deadline_due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    panel_deadline_working_days = table.Column<int>(type: "integer", nullable: false),
                    panel_deadline_region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report_deadline_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    report_deadline_due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    report_deadline_working_days = table.Column<int>(type: "integer", nullable: true),
                    report_deadline_region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    report_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    response_deadline_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    response_deadline_due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    response_deadline_working_days = table.Column<int>(type: "integer", nullable: true),
                    response_deadline_region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    responded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_review_panels", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_review_panels_complaints_id",
                        column: x => x.id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_stage2",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    deadline_start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    deadline_due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    deadline_working_days = table.Column<int>(type: "integer", nullable: false),
                    deadline_region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    extended_start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    extended_due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    extended_working_days = table.Column<int>(type: "integer", nullable: true),
                    extended_region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    extension_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    responded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    overdue_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_stage2", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_stage2_complaints_id",
                        column: x => x.id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_stage2_acknowledgements",
                schema: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    deadline_start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    deadline_due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    deadline_working_days = table.Column<int>(type: "integer", nullable: false),
                    deadline_region = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    acknowledged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_stage2_acknowledgements", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_stage2_acknowledgements_complaints_id",
                        column: x => x.id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaint_stage2_overdue_on",
                schema: "complaints",
                table: "complaint_stage2",
                column: "overdue_on");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_position",
                schema: "complaints",
                table: "complaints",
                column: "position");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_stage1_overdue_on",
                schema: "complaints",
                table: "complaints",
                column: "stage1_overdue_on");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_status",
                schema: "complaints",
                table: "complaints",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_compliments_position",
                schema: "complaints",
                table: "compliments",
                column: "position");

            migrationBuilder.CreateIndex(
                name: "ix_compliments_received_on",
                schema: "complaints",
                table: "compliments",
                column: "received_on");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_on",
                schema: "complaints",
                table: "outbox_messages",
                column: "occurred_on",
                filter: "processed_on IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_escalations",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "complaint_lessons",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "complaint_ombudsman_cases",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "complaint_points",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "complaint_review_panels",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "complaint_stage2",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "complaint_stage2_acknowledgements",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "compliments",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "complaints",
                schema: "complaints");
        }
    }
}
