using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.ReferenceData.Infrastructure.Endpoints;

/// <summary>The national vocabularies: fixed in code, listed here with the codes the API accepts.</summary>
internal static class VocabularyEndpoints
{
    public static void MapVocabularies(this RouteGroupBuilder referenceData)
    {
        referenceData.MapGet("/audiences", () => List(Vocabularies.Audiences))
            .WithName("ListAudiences").WithSummary("Who gives views: the national audience vocabulary");
        referenceData.MapGet("/priority-cohorts", () => List(Vocabularies.PriorityCohorts))
            .WithName("ListPriorityCohorts").WithSummary("The priority cohorts every activity and feedback item records");
        referenceData.MapGet("/channels", () => List(Vocabularies.Channels))
            .WithName("ListChannels").WithSummary("How views reach the council");
    }

    private static Ok<VocabularyResponse> List<TTerm>(IReadOnlyList<VocabularyTerm<TTerm>> terms)
        where TTerm : struct, Enum =>
        TypedResults.Ok(new VocabularyResponse([.. terms.Select(term => new VocabularyTermResponse(KebabCodes<TTerm>.ToCode(term.Term), term.Name))]));
}

/// <summary>A national vocabulary.</summary>
/// <param name="Items">Its terms in the national order.</param>
internal sealed record VocabularyResponse([property: MaxLength(100)] IReadOnlyList<VocabularyTermResponse> Items);

/// <summary>A term: the code the API accepts and the label shown to people.</summary>
/// <param name="Code">The code, e.g. <c>child-or-young-person</c>.</param>
/// <param name="Name">The label.</param>
internal sealed record VocabularyTermResponse([property: MaxLength(TextLengths.EnumCode)] string Code, [property: MaxLength(TextLengths.Name)] string Name);
