using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.PublicBoard;

/// <summary>One "you said, we did" on the council's public board: the officer's reviewed words, no member data at all.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="ForumKind">The kind of forum that raised it.</param>
/// <param name="ServiceArea">The service area that acted (code).</param>
/// <param name="Themes">Theme codes.</param>
/// <param name="YouSaid">What was said.</param>
/// <param name="WeDid">What was done, or why not.</param>
/// <param name="ReportedBackOn">The day the forum heard the response.</param>
public sealed record PublishedItem(
    Guid Id,
    ForumKind ForumKind,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    [property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> Themes,
    [property: MaxLength(TextLengths.Statement)] string YouSaid,
    [property: MaxLength(TextLengths.Statement)] string WeDid,
    DateOnly ReportedBackOn);
