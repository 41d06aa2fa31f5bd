using Microsoft.OpenApi;

namespace Participation.Host.OpenApi;

/// <summary>Swashbuckle: the document served at <c>/swagger/v1/swagger.json</c> and committed in <c>api-specs/</c>.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddParticipationOpenApi(this IServiceCollection services) =>
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Participation API",
                Version = "v1",
                Description = "How a council's children's services hear children, young people, parents, carers and staff, act on what they say, and show them what changed.",
            });
            swagger.AddSecurityDefinition(AuthorizationOperationFilter.BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A staff token from the council's identity provider (in Development: dotnet user-jwts).",
            });
            swagger.AddSecurityDefinition(AuthorizationOperationFilter.ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "A partner system's key, issued by an Administrator under /api/v1/providers/{providerId}/api-keys.",
            });
            swagger.OperationFilter<AuthorizationOperationFilter>();
            swagger.OperationFilter<IdempotencyKeyOperationFilter>();
            swagger.SupportNonNullableReferenceTypes();
        });
}
