using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Complaints.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Stage1OverdueOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "stage1overdue_on",
                schema: "complaints",
                table: "complaints",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_complaints_stage1overdue_on",
                schema: "complaints",
                table: "complaints",
                column: "stage1overdue_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_complaints_stage1overdue_on",
                schema: "complaints",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "stage1overdue_on",
                schema: "complaints",
                table: "complaints");
        }
    }
}
