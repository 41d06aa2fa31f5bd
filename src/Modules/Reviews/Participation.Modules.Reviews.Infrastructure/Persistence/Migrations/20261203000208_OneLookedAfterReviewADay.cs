using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Reviews.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OneLookedAfterReviewADay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_reviews_one_looked_after_review_a_day",
                schema: "reviews",
                table: "reviews",
                columns: new[] { "child_reference", "held_on" },
                unique: true,
                filter: "kind = 'looked-after-review'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reviews_one_looked_after_review_a_day",
                schema: "reviews",
                table: "reviews");
        }
    }
}
