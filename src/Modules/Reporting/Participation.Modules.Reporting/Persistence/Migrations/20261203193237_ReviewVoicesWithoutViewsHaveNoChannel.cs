using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReviewVoicesWithoutViewsHaveNoChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "channel",
                schema: "reporting",
                table: "voices",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            // Reviews the child's views did not reach were sent as paper forms.
            migrationBuilder.Sql("UPDATE reporting.voices SET channel = NULL WHERE source = 'review' AND outcome = 'PN7'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE reporting.voices SET channel = 'paper-form' WHERE channel IS NULL");

            migrationBuilder.AlterColumn<string>(
                name: "channel",
                schema: "reporting",
                table: "voices",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
