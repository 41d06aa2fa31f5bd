using Participation.BuildingBlocks.Domain;
using Participation.Modules.Reviews.Domain.Reviews;
using Participation.Modules.Reviews.Domain.Rules;
using static Participation.Modules.Reviews.Domain.Reviews.ViewsRoute;

namespace Participation.UnitTests.Reviews;

/// <summary>The decision list of docs/domain/participation-codes.md#derivation, case by case, and every contradiction.</summary>
public sealed class ParticipationCodeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, bool, ViewsRoute[], string> Codes => new()
    {
        // Under 4: PN0 whatever else was recorded.
        { 3, true, [SpokeForThemselves], "PN0" },
        { 0, false, [NotConveyed], "PN0" },
        { 3, false, [OtherMedium], "PN0" },
        // Attended: the most direct part wins.
        { 4, true, [SpokeForThemselves], "PN1" },
        { 9, true, [SpokeForThemselves, AdvocateSpoke], "PN1" },
        { 9, true, [SpokeForThemselves, Symbolically, OtherMedium], "PN1" },
        { 14, true, [AdvocateSpoke], "PN2" },
        { 14, true, [AdvocateSpoke, Symbolically], "PN2" },
        { 14, true, [AdvocateSpoke, OtherMedium], "PN2" },
        { 6, true, [Symbolically], "PN3" },
        { 6, true, [Symbolically, OtherMedium], "PN3" },
        { 12, true, [NotConveyed], "PN4" },
        { 12, true, [OtherMedium], "PN4" },
        // Did not attend.
        { 15, false, [BriefedAdvocate], "PN5" },
        { 15, false, [BriefedAdvocate, OtherMedium], "PN5" },
        { 10, false, [OtherMedium], "PN6" },
        { 16, false, [NotConveyed], "PN7" },
    };

    public static TheoryData<bool, ViewsRoute[], bool, bool, bool, bool, string> Contradictions => new()
    {
        { false, [SpokeForThemselves], false, false, false, false, "reviews.facts.spoke-without-attending" },
        { false, [Symbolically], false, false, false, false, "reviews.facts.symbolic-without-attending" },
        { false, [AdvocateSpoke], true, true, false, false, "reviews.facts.advocate-spoke-without-attending" },
        { true, [BriefedAdvocate], true, true, false, false, "reviews.facts.briefed-advocate-while-attending" },
        { true, [NotConveyed, SpokeForThemselves], false, false, false, false, "reviews.facts.not-conveyed-with-views" },
        { true, [SpokeForThemselves], false, true, false, false, "reviews.facts.advocate-used-not-offered" },
        { true, [AdvocateSpoke], true, false, false, false, "reviews.facts.advocate-spoke-not-used" },
        { false, [BriefedAdvocate], false, false, false, false, "reviews.facts.advocate-spoke-not-used" },
        { true, [SpokeForThemselves], false, false, false, true, "reviews.facts.form-returned-not-sent" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_code_follows_from_age_attendance_and_how_views_reached_the_review(int age, bool attended, ViewsRoute[] views, string code)
    {
        var advocate = views.Contains(AdvocateSpoke) || views.Contains(BriefedAdvocate);
        var review = Record(ReviewKind.LookedAfterReview, age, Facts(attended, views, offered: advocate, used: advocate));

        Assert.Equal(code, review.ParticipationCode);
    }

    [Theory]
    [MemberData(nameof(Contradictions))]
    public void Facts_that_cannot_all_be_true_are_refused_with_their_own_code(bool attended, ViewsRoute[] views, bool offered, bool used, bool formSent, bool formReturned, string code)
    {
        var refused = Assert.Throws<BusinessRuleValidationException>(() => Record(ReviewKind.LookedAfterReview, 10, Facts(attended, views, offered, used, formSent, formReturned)));

        Assert.Equal(code, refused.Code);
    }

    [Fact]
    public void Every_contradiction_has_a_case_above() =>
        Assert.Equal(FactsAgreeRule.Codes.Order(), Contradictions.Select(row => (string)row[6]).Distinct().Order());

    [Fact]
    public void Only_a_looked_after_review_has_a_code_and_correcting_the_facts_derives_it_again()
    {
        var conference = Record(ReviewKind.InitialChildProtectionConference, 10, Facts(true, [SpokeForThemselves]));
        var review = Record(ReviewKind.LookedAfterReview, 10, Facts(false, [NotConveyed]));

        review.Correct(Details(ReviewKind.LookedAfterReview, 10), Facts(true, [Symbolically]), Now);

        Assert.Null(conference.ParticipationCode);
        Assert.Equal("PN3", review.ParticipationCode);
    }

    private static Review Record(ReviewKind kind, int age, ReviewFacts facts) => Review.Record(Details(kind, age), facts, partnerId: null, meetingId: null, Now);

    private static ReviewDetails Details(ReviewKind kind, int age) => new(kind, new DateOnly(2026, 6, 1), "LAC-1", age, "children-in-care", "IRO", DueOn: null);

    private static ReviewFacts Facts(bool attended, ViewsRoute[] views, bool offered = false, bool used = false, bool formSent = false, bool formReturned = false) =>
        new(true, formSent, formReturned, null, offered, used, attended, views, FeltHelped.Yes);
}
