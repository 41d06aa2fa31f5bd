using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Complaints.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ThemesLessonsCompliments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "themes",
                schema: "complaints",
                table: "complaints",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

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
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compliments", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_compliments_received_on",
                schema: "complaints",
                table: "compliments",
                column: "received_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_lessons",
                schema: "complaints");

            migrationBuilder.DropTable(
                name: "compliments",
                schema: "complaints");

            migrationBuilder.DropColumn(
                name: "themes",
                schema: "complaints",
                table: "complaints");
        }
    }
}
