using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Items;
using Participation.Modules.Forums.Domain.Meetings;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.UnitTests.Forums;

public sealed class ForumRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly LundyElement No = new(false, null);

    [Fact]
    public void Loop_closure_is_the_share_reported_back_and_the_median_days_over_the_closed()
    {
        var start = new DateOnly(2026, 4, 1);
        LoopDates Closed(int days) => new(start, start.AddDays(days));

        var odd = LoopClosure.Of([Closed(10), Closed(30), Closed(90), new LoopDates(start, null)]);
        var even = LoopClosure.Of([Closed(10), Closed(31), Closed(40), Closed(90), new LoopDates(start, null), new LoopDates(start, null)]);
        var none = LoopClosure.Of([]);

        Assert.Equal(new LoopClosure(4, 3, 75.0, 30), odd);
        Assert.Equal(new LoopClosure(6, 4, 66.7, 35.5), even);
        Assert.Equal(new LoopClosure(0, 0, null, null), none);
    }

    [Theory]
    [InlineData(AgeBand.SixteenToSeventeen, 18, true)]
    [InlineData(AgeBand.ThirteenToFifteen, 18, false)]
    [InlineData(AgeBand.EighteenToTwenty, 21, true)]
    [InlineData(AgeBand.EighteenToTwenty, 25, false)]
    [InlineData(AgeBand.TwentyOneToTwentyFour, 25, true)]
    [InlineData(AgeBand.Adult, 18, true)]
    public void A_band_may_reach_a_leaving_age_when_its_oldest_age_is_one_short_of_it(AgeBand band, int leavingAge, bool mayReach) =>
        Assert.Equal(mayReach, band.MayReach(leavingAge));

    [Theory]
    [InlineData(AgeBand.UnderEleven, true)]
    [InlineData(AgeBand.ElevenToTwelve, true)]
    [InlineData(AgeBand.ThirteenToFifteen, false)]
    public void Under_13_is_the_two_youngest_bands(AgeBand band, bool under) => Assert.Equal(under, band.IsUnderOwnConsentAge());

    [Theory]
    [InlineData(Cadence.Monthly, "2026-01-31", "2026-02-28")]
    [InlineData(Cadence.Monthly, "2028-01-31", "2028-02-29")]
    [InlineData(Cadence.SixWeekly, "2026-11-20", "2027-01-01")]
    [InlineData(Cadence.Quarterly, "2026-11-30", "2027-02-28")]
    [InlineData(Cadence.SixMonthly, "2026-08-31", "2027-02-28")]
    public void The_next_meeting_is_due_by_the_cadence(Cadence cadence, string lastMet, string dueBy) =>
        Assert.Equal(DateOnly.Parse(dueBy, System.Globalization.CultureInfo.InvariantCulture), cadence.NextMeetingDueBy(DateOnly.Parse(lastMet, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Published_words_are_refused_for_a_members_name_in_any_case_but_not_for_a_word_it_is_part_of()
    {
        var item = ClosedItem();

        var named = Assert.Throws<BusinessRuleValidationException>(() => item.Publish("We heard from AL about pocket money.", "Changed.", ["Al"], DateTimeOffset.UnixEpoch));
        item.Publish("Also, pocket money differs.", "Aligned across homes.", ["Al"], DateTimeOffset.UnixEpoch);

        Assert.Equal("forums.items.published-text-identifies-someone", named.Code);
        Assert.Equal("Also, pocket money differs.", item.PublishedSaid);
    }

    [Fact]
    public void An_action_moved_to_a_new_due_date_can_be_flagged_again_and_a_settled_one_is_not()
    {
        var item = ClosedItemRaisedOn(new DateOnly(2026, 5, 1), close: false);
        var action = item.AddAction("Bring figures", "Head of service", new DateOnly(2026, 6, 1));
        var done = item.AddAction("Write to carers", "Head of service", new DateOnly(2026, 6, 1));
        item.UpdateAction(done.Id, "Head of service", done.DueOn, ActionStatus.Done, Today);

        Assert.Equal(1, item.FlagOverdueActions(Today));
        Assert.Equal(0, item.FlagOverdueActions(Today));
        Assert.True(item.HasOverdueAction);
        item.UpdateAction(action.Id, "Head of service", new DateOnly(2026, 11, 1), ActionStatus.Open, Today);
        Assert.Null(item.Actions[0].OverdueFlaggedOn);
        Assert.Equal(1, item.FlagOverdueActions(Today));
    }

    private static ForumItem ClosedItem() => ClosedItemRaisedOn(new DateOnly(2026, 5, 1), close: true);

    private static ForumItem ClosedItemRaisedOn(DateOnly raisedOn, bool close)
    {
        var forum = Forum.Create(new ForumDetails("Council", ForumKind.ChildrenInCareCouncilSenior, "Terms", [Audience.ChildOrYoungPerson], [], Cadence.Monthly, "Officer"));
        var lundy = new LundyAssessment(No, No, No, No);
        var raisedAt = Meeting.Record(forum, new MeetingDetails(raisedOn, [], [], 5, lundy), Today);
        var item = ForumItem.Raise(RaisedAt.Meeting(raisedAt), "Pocket money differs", new ItemThemes([], Chosen: false), "children-in-care", "Head of service", DateTimeOffset.UnixEpoch);
        if (close)
        {
            item.Respond("Aligned", ResponseOutcome.Changed, Today);
            item.ReportBack(Meeting.Record(forum, new MeetingDetails(raisedOn.AddDays(30), [], [], 5, lundy), Today), DateTimeOffset.UnixEpoch);
        }

        return item;
    }
}
