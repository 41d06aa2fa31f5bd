using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Complaints.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Stage2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "independent_person",
                schema: "complaints",
                table: "complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "investigating_officer",
                schema: "complaints",
                table: "complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "stage2adjudication",
                schema: "complaints",
                table: "complaints",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "stage2late_request_reason",
                schema: "complaints",
                table: "complaints",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "stage2overdue_on",
                schema: "complaints",
                table: "complaints",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "stage2requested_on",
                schema: "complaints",
                table: "complaints",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "stage2responded_on",
                schema: "complaints",
                table: "complaints",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "stage2finding",
                schema: "complaints",
                table: "complaint_points",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "complaint_stage2_clocks",
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
                    extension_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_stage2_clocks", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_stage2_clocks_complaints_id",
                        column: x => x.id,
                        principalSchema: "complaints",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_stage2_clocks",
                schema: "complaints");

            migrationBuilder.DropColumn(
                name: "independent_person",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "investigating_officer",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "stage2adjudication",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "stage2late_request_reason",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "stage2overdue_on",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "stage2requested_on",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "stage2responded_on",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "stage2finding",
                schema: "complaints",
                table: "complaint_points");
        }
    }
}
