using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Surveys.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InvitationsFillFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "invitations",
                schema: "surveys")
                .Annotation("Npgsql:StorageParameter:fillfactor", 70);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "invitations",
                schema: "surveys")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 70);
        }
    }
}
