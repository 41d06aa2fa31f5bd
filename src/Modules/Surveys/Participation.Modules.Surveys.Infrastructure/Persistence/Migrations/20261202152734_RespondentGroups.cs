using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Participation.Modules.Surveys.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RespondentGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "audience",
                schema: "surveys",
                table: "responses",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string[]>(
                name: "cohorts",
                schema: "surveys",
                table: "responses",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "service_area",
                schema: "surveys",
                table: "responses",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "audience",
                schema: "surveys",
                table: "invitations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string[]>(
                name: "cohorts",
                schema: "surveys",
                table: "invitations",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "service_area",
                schema: "surveys",
                table: "invitations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Links and answers from before respondent groups count under the first audience and service area of the
            // version they answered (a link: the latest), as their voices in Reporting already do; new rows name their own.
            migrationBuilder.Sql("""
                UPDATE surveys.responses AS t
                SET audience = v.q -> 'audiences' ->> 0, service_area = v.q -> 'serviceAreas' ->> 0
                FROM (SELECT s.id AS survey_id, (version ->> 'number')::int AS number, version -> 'questionnaire' AS q
                      FROM surveys.surveys AS s, jsonb_array_elements(s.versions) AS version) AS v
                WHERE v.survey_id = t.survey_id AND v.number = t.survey_version;
                UPDATE surveys.invitations AS t
                SET audience = s.versions -> -1 -> 'questionnaire' -> 'audiences' ->> 0, service_area = s.versions -> -1 -> 'questionnaire' -> 'serviceAreas' ->> 0
                FROM surveys.surveys AS s
                WHERE s.id = t.survey_id AND jsonb_array_length(s.versions) > 0;
                """);
            foreach (var table in new[] { "invitations", "responses" })
            {
                migrationBuilder.Sql($"ALTER TABLE surveys.{table} ALTER COLUMN audience DROP DEFAULT, ALTER COLUMN service_area DROP DEFAULT, ALTER COLUMN cohorts DROP DEFAULT;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "audience",
                schema: "surveys",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "cohorts",
                schema: "surveys",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "service_area",
                schema: "surveys",
                table: "responses");

            migrationBuilder.DropColumn(
                name: "audience",
                schema: "surveys",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "cohorts",
                schema: "surveys",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "service_area",
                schema: "surveys",
                table: "invitations");
        }
    }
}
