using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Participation.BuildingBlocks.Application.Persistence;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>
/// Components operations share. The shapes every error takes (RFC 9457 problem details as the exception handler writes them, with <c>traceId</c>
/// always, <c>code</c> for a broken business rule, <c>errors</c> by field for a 400) and the response headers named in
/// operations, declared once as components.
/// </summary>
internal sealed class SharedComponents : IDocumentFilter
{
    public const string Problem = "ProblemDetails";
    public const string ValidationProblem = "HttpValidationProblemDetails";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Problem] = ProblemSchema(withErrors: false);
        document.Components.Schemas[ValidationProblem] = ProblemSchema(withErrors: true);
        document.Components.Headers = new Dictionary<string, IOpenApiHeader>
        {
            [ResponsesOperationFilter.RateLimitLimit] = IntegerHeader("The most requests the caller may send at once (IETF draft RateLimit header fields)."),
            [ResponsesOperationFilter.RateLimitRemaining] = IntegerHeader("How many of them are left."),
            [ResponsesOperationFilter.RateLimitReset] = IntegerHeader("Seconds until the budget is whole again."),
            [ResponsesOperationFilter.RetryAfter] = IntegerHeader("Seconds to wait before retrying (RFC 9110, section 10.2.3)."),
            [ResponsesOperationFilter.AllowOrigin] = new OpenApiHeader
            {
                Description = "Sent when the request's Origin is one of the deployment's front-ends (Cors:AllowedOrigins); absent otherwise.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", MaxLength = 200 },
            },
            [ResponsesOperationFilter.WwwAuthenticate] = new OpenApiHeader
            {
                Description = "How to authenticate (RFC 9110, section 11.6.1): Bearer on staff routes (with error and error_description when a token was sent and refused, RFC 6750), ApiKey header=\"X-Api-Key\" on partner routes.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 500, Pattern = "^(Bearer|ApiKey)( |$)" },
                Example = JsonValue.Create("Bearer"),
            },
            [ResponsesOperationFilter.CacheControl] = new OpenApiHeader
            {
                Description = "How long a shared cache (the council website's) may keep this answer (RFC 9111, section 5.2.2).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 40, Pattern = "^public, max-age=[0-9]{1,6}$" },
                Example = JsonValue.Create("public, max-age=300"),
            },
            [ResponsesOperationFilter.ETag] = new OpenApiHeader
            {
                Description = "The version of the resource returned; send it back in If-Match to change it (RFC 9110, section 8.8.3). A page showing more than its own record (a forum's) adds a dot and a digest of the rest, so If-None-Match notices a change there too.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = EntityTags.PageMaxLength, Pattern = EntityTags.PagePattern },
                Example = JsonValue.Create("\"1234\""),
            },
        };
    }

    private static OpenApiHeader IntegerHeader(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "0", Maximum = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static OpenApiSchema ProblemSchema(bool withErrors)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = withErrors
                ? "RFC 9457 problem details for a request that failed validation: errors names each field (as the client spells it) and what is wrong with it."
                : "RFC 9457 problem details. code names a broken business rule in a stable, machine-readable way; traceId finds the request in the logs.",
            AdditionalPropertiesAllowed = false,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI reference naming the kind of problem.", 200, "uri-reference"),
                ["title"] = Text("A short summary of the kind of problem.", 200),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599", Description = "The HTTP status." },
                ["detail"] = Text("What went wrong with this request, in words.", 2000),
                ["instance"] = Text("The path of the request.", 2048),
                ["code"] = Text("The broken business rule, e.g. complaints.stage-not-open.", 100),
                ["traceId"] = Text("The W3C trace id of the request, as logged.", 100),
            },
            Required = new HashSet<string>(StringComparer.Ordinal) { "type", "title", "status", "traceId" },
            Examples =
            [
                withErrors
                ? new JsonObject
                {
                    ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                    ["title"] = "The request is invalid",
                    ["status"] = 400,
                    ["detail"] = "See errors for each field.",
                    ["instance"] = "/api/v1/complaints",
                    ["errors"] = new JsonObject { ["receivedOn"] = new JsonArray("receivedOn is required.") },
                    ["traceId"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                }
                : new JsonObject
                {
                    ["type"] = "https://tools.ietf.org/html/rfc4918#section-11.2",
                    ["title"] = "A business rule was broken",
                    ["status"] = 422,
                    ["detail"] = "A child must have been offered an advocate before the stage 1 response.",
                    ["instance"] = "/api/v1/complaints/0193b2a4-6c1e-7d2f-9a51-3c8e4f0b1d22/responses",
                    ["code"] = "complaints.advocacy-not-offered",
                    ["traceId"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                },
            ],
        };
        if (withErrors)
        {
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "For each field, what is wrong with it.",
                MaxProperties = 100,
                AdditionalProperties = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    MaxItems = 20,
                    Items = Text("One thing wrong with the field.", 1000),
                },
            };
            schema.Required.Add("errors");
        }

        return schema;
    }

    private static OpenApiSchema Text(string description, int maxLength, string? format = null) =>
        new() { Type = JsonSchemaType.String, Description = description, MaxLength = maxLength, Format = format };
}
