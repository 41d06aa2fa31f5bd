using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>Who complained. Children are identified only by the case-management system's pseudonymous reference.</summary>
/// <param name="Kind">Who they are to the child or the service.</param>
/// <param name="ChildCaseReference">The child's pseudonymous case reference, where there is one.</param>
/// <param name="OnBehalfOfChild">Whether the complaint is made for a child by someone else.</param>
/// <param name="ChildAgrees">For a complaint on a child's behalf: whether the child agrees to it being made.</param>
public sealed record Complainant(ComplainantKind Kind, string? ChildCaseReference, bool OnBehalfOfChild, bool? ChildAgrees)
{
    /// <summary>Whether the complainant is a child, who must be offered an advocate (Children Act 1989 s.26A).</summary>
    public bool IsChild => Kind == ComplainantKind.ChildOrYoungPerson;
}

/// <summary>The record of the advocacy offer (Children Act 1989 s.26A).</summary>
/// <param name="OfferedOn">When the advocate was offered.</param>
/// <param name="Answer">Accepted or declined, once known.</param>
/// <param name="Organisation">The advocacy organisation, where one was engaged.</param>
public sealed record AdvocacyOffer(DateOnly OfferedOn, AdvocacyAnswer? Answer, [property: MaxLength(TextLengths.Name)] string? Organisation);
