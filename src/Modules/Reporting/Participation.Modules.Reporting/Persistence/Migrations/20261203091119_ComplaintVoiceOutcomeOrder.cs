using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintVoiceOutcomeOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "outcome_changed_at",
                schema: "reporting",
                table: "voices",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "outcome_changed_at",
                schema: "reporting",
                table: "voices");
        }
    }
}
