using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackItemVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "commissioned_services",
                table: "feedback_items",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "commissioned_services",
                table: "feedback_items");
        }
    }
}
