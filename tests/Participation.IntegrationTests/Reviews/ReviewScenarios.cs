namespace Participation.IntegrationTests.Reviews;

/// <summary>Review requests the tests share.</summary>
internal static class ReviewScenarios
{
    public const string ReviewsPath = "/api/v1/reviews";

    public static object Facts(bool attended, string[] views, bool informationGiven = true, bool formSent = false, bool formReturned = false, bool offered = false, bool used = false, string feltHelped = "yes") => new
    {
        informationGiven,
        formSent,
        formReturned,
        formInvitationId = (Guid?)null,
        advocateOffered = offered,
        advocateUsed = used,
        attended,
        views,
        feltHelped,
    };

    public static object Review(string child, string heldOn, object facts, string kind = "looked-after-review", int age = 10, string? dueOn = null, string serviceArea = "children-in-care") => new
    {
        kind,
        heldOn,
        childReference = child,
        ageInYears = age,
        serviceArea,
        chair = "Independent reviewing officer",
        dueOn,
        facts,
    };
}
