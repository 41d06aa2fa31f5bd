using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Surveys.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SurveyVariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "variant",
                schema: "surveys",
                table: "responses",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "variant",
                schema: "surveys",
                table: "invitations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "variant",
                schema: "surveys",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "variant",
                schema: "surveys",
                table: "invitations");
        }
    }
}
