using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Complaints.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClosureAndOmbudsman : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "closed_on",
                schema: "complaints",
                table: "complaints",
                type: "date",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_ombudsman_cases",
                schema: "complaints");

            migrationBuilder.DropColumn(
                name: "closed_on",
                schema: "complaints",
                table: "complaints");
        }
    }
}
