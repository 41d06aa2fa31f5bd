using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>Swashbuckle: the document served at <c>/swagger/v1/swagger.json</c> and committed in <c>api-specs/</c>.</summary>
internal static class OpenApiSetup
{
    private const string DocumentPrefix = "/swagger";

    private static readonly (string Name, string Description)[] Tags =
    [
        ("Audit", "Who read or changed what: the append-only audit log, for Administrators."),
        ("Calendar", "Working days and bank holidays by UK region: the clock every statutory deadline is counted on."),
        ("Complaints", "Children's social care complaints through their stages, clocks, outcomes and lessons; compliments; statutory reports."),
        ("Partner", "What partner systems (CAMHS, schools, commissioned providers) send and read with their own key."),
        ("Providers", "Commissioned providers and the keys their systems use."),
        ("Reference data", "Service areas, themes and the shared vocabularies every module codes against."),
    ];

    public static IServiceCollection AddParticipationOpenApi(this IServiceCollection services) =>
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Participation API",
                Version = "v1",
                Description = "How a council's children's services hear children, young people, parents, carers and staff, act on what they say, and show them what changed.",
            });
            swagger.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "The council's production host that serves this document (or a local or test host, the same way).",
                // Partner systems outside the council call it too.
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            });
            swagger.AddSecurityDefinition(AuthorizationOperationFilter.BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A staff access token from the council's identity provider, validated as RFC8725 (JSON Web Token Best Current Practices) asks: signed, issuer, audience and lifetime checked. In Development: dotnet user-jwts.",
            });
            swagger.AddSecurityDefinition(AuthorizationOperationFilter.SignInScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = StaffSignIn.CookieName,
                Description = "The session a person gets by signing in at /signin (OpenID Connect, authorization code with PKCE; in Development a page to pick a role). Swagger UI and the jobs dashboard use it.",
            });
            swagger.AddSecurityDefinition(AuthorizationOperationFilter.ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "A partner system's key, issued by an Administrator under /api/v1/providers/{providerId}/api-keys.",
            });
            foreach (var comments in Directory.EnumerateFiles(AppContext.BaseDirectory, "Participation.*.xml"))
            {
                swagger.IncludeXmlComments(comments);
            }

            swagger.SupportNonNullableReferenceTypes();
            swagger.NonNullableReferenceTypesAsRequired();
            swagger.UseAllOfToExtendReferenceSchemas();
            swagger.SchemaFilter<ContractSchemaFilter>();
            swagger.OperationFilter<AuthorizationOperationFilter>();
            swagger.OperationFilter<IdempotencyKeyOperationFilter>();
            swagger.OperationFilter<FileRepresentationsOperationFilter>();
            swagger.OperationFilter<ResponsesOperationFilter>();
            swagger.DocumentFilter<SharedComponents>();
            swagger.DocumentFilter<NullableReferences>();
            swagger.DocumentFilter<TagDescriptions>();
        });

    /// <summary>
    /// The document and Swagger UI, both under <c>/swagger</c>. Only requests there reach Swashbuckle's middlewares:
    /// the UI's matches every request's path against a regular expression, a percent of a partner read's CPU.
    /// </summary>
    public static IApplicationBuilder UseParticipationOpenApi(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(DocumentPrefix), swagger => swagger.UseSwagger().UseSwaggerUI());

    /// <summary>Names and describes each tag, in a fixed order.</summary>
    private sealed class TagDescriptions : IDocumentFilter
    {
        public void Apply(OpenApiDocument document, DocumentFilterContext context) =>
            document.Tags = new HashSet<OpenApiTag>(Tags.Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description }));
    }
}
