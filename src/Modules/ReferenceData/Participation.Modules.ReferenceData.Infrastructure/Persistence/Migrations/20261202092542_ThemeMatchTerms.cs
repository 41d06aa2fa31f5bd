using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.ReferenceData.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ThemeMatchTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "match_terms",
                schema: "reference_data",
                table: "themes",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "match_terms",
                schema: "reference_data",
                table: "themes");
        }
    }
}
