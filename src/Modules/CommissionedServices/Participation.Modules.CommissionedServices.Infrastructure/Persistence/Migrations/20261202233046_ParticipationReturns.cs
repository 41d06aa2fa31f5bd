using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ParticipationReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "returns_every",
                schema: "commissioned_services",
                table: "providers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                // Providers recorded before returns existed are asked for them quarterly until an administrator says otherwise.
                defaultValue: "quarterly");

            migrationBuilder.CreateTable(
                name: "returns",
                schema: "commissioned_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    first_submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    overdue_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reminder_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    overdue_notice_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviews = table.Column<string>(type: "jsonb", nullable: false),
                    submissions = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_returns", x => x.id);
                    table.ForeignKey(
                        name: "fk_returns_providers_provider_id",
                        column: x => x.provider_id,
                        principalSchema: "commissioned_services",
                        principalTable: "providers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_returns_due_on",
                schema: "commissioned_services",
                table: "returns",
                column: "due_on",
                filter: "first_submitted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_returns_provider_id_period",
                schema: "commissioned_services",
                table: "returns",
                columns: new[] { "provider_id", "period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "returns",
                schema: "commissioned_services");

            migrationBuilder.DropColumn(
                name: "returns_every",
                schema: "commissioned_services",
                table: "providers");
        }
    }
}
