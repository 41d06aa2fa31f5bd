using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Surveys.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TriggerRuleWordings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "wordings",
                schema: "surveys",
                table: "trigger_rules",
                type: "jsonb",
                nullable: false,
                // Rules made before wordings existed choose none: their links open in the standard words, as before.
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "wordings",
                schema: "surveys",
                table: "trigger_rules");
        }
    }
}
