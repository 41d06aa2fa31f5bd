using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Complaints.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Stage3ReviewPanel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "stage3overdue_on",
                schema: "complaints",
                table: "complaints",
                type: "date",
                nullable: true);

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
                    responded_on = table.Column<DateOnly>(type: "date", nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_review_panels",
                schema: "complaints");

            migrationBuilder.DropColumn(
                name: "stage3overdue_on",
                schema: "complaints",
                table: "complaints");
        }
    }
}
