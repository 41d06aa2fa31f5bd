using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "feedback_items",
                schema: "commissioned_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    audience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    cohorts = table.Column<string[]>(type: "text[]", nullable: false),
                    service_area = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    rating = table.Column<short>(type: "smallint", nullable: true),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    suggested_themes = table.Column<string[]>(type: "text[]", nullable: false),
                    accepted_on = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    position = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedback_items_providers_provider_id",
                        column: x => x.provider_id,
                        principalSchema: "commissioned_services",
                        principalTable: "providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_provider_id_external_id",
                schema: "commissioned_services",
                table: "feedback_items",
                columns: new[] { "provider_id", "external_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_feedback_items_provider_id_position",
                schema: "commissioned_services",
                table: "feedback_items",
                columns: new[] { "provider_id", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feedback_items",
                schema: "commissioned_services");
        }
    }
}
