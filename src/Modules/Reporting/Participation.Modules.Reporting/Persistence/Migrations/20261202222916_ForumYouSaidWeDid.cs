using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Reporting.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ForumYouSaidWeDid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "you_said_we_did",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    service_area = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    said = table.Column<string>(type: "character varying(281)", maxLength: 281, nullable: false),
                    did = table.Column<string>(type: "character varying(281)", maxLength: 281, nullable: false),
                    outcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_you_said_we_did", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_you_said_we_did_answered_on_id",
                schema: "reporting",
                table: "you_said_we_did",
                columns: new[] { "answered_on", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "you_said_we_did",
                schema: "reporting");
        }
    }
}
