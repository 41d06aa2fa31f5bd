using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.ReferenceData.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OutboxFailingDeliveryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_failed_attempts",
                schema: "reference_data",
                table: "outbox_messages",
                column: "failed_attempts",
                filter: "processed_on IS NULL AND failed_attempts >= 10");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_failed_attempts",
                schema: "reference_data",
                table: "outbox_messages");
        }
    }
}
