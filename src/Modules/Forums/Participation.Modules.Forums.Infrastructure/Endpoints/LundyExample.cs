using Participation.BuildingBlocks.Domain.Involvement;

namespace Participation.Modules.Forums.Infrastructure.Endpoints;

/// <summary>A realistic set of Lundy answers for the OpenAPI examples.</summary>
internal static class LundyExample
{
    public static LundyAssessment Assessment { get; } = new(
        new LundyElement(true, "Met at the youth centre the members chose, with food and travel paid."),
        new LundyElement(true, "Members set the agenda; two used the app to send views beforehand."),
        new LundyElement(true, "The deputy director attended the whole meeting."),
        new LundyElement(false, "Responses to last meeting's items are due in January."));
}
