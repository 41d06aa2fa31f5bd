using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.UnitTests.Surveys;

/// <summary>The closed-case follow-up's rules (docs/domain/closed-case-follow-up.md) on the closure and the sample.</summary>
public sealed class ClosedCaseFollowUpTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2027, 1, 4);

    [Fact]
    public void The_same_seed_draws_the_same_closures_and_each_service_area_its_share()
    {
        var eligible = Eligible(("a", 10), ("b", 4), ("c", 1));

        var (draw, picked) = SampleDraw.Make("2026-27 Q3", eligible, seed: 7, new SampleSize(null, 20), Now);
        var (_, again) = SampleDraw.Make("2026-27 Q3", [.. eligible.AsEnumerable().Reverse()], seed: 7, new SampleSize(null, 20), Now);

        Assert.Equal(picked.Order(), again.Order());
        // 20% rounded up: 2 of 10, 1 of 4, and the one closure of a small service area.
        Assert.Equal([new Stratum("a", 10, 2), new Stratum("b", 4, 1), new Stratum("c", 1, 1)], draw.Strata);
        Assert.Equal(4, picked.Count);
    }

    [Fact]
    public void A_fixed_size_is_spread_over_service_areas_in_proportion_by_largest_remainder()
    {
        var (draw, picked) = SampleDraw.Make("2026-27 Q3", Eligible(("a", 7), ("b", 2), ("c", 1)), seed: 1, new SampleSize(5, 10), Now);

        // 5 × 7/10 = 3.5, 5 × 2/10 = 1, 5 × 1/10 = 0.5: floors 3, 1, 0 and the one left to the largest remainder (a, first).
        Assert.Equal([new Stratum("a", 7, 4), new Stratum("b", 2, 1), new Stratum("c", 1, 0)], draw.Strata);
        Assert.Equal(5, picked.Count);
    }

    [Fact]
    public void Different_seeds_draw_differently_and_every_closure_can_be_drawn()
    {
        var eligible = Eligible(("a", 20));
        var seen = new HashSet<CaseClosureId>();
        var draws = new HashSet<string>();
        for (var seed = 0; seed < 200; seed++)
        {
            var (_, picked) = SampleDraw.Make("2026-27 Q3", eligible, seed, new SampleSize(2, 100), Now);
            seen.UnionWith(picked);
            draws.Add(string.Join(',', picked.Order()));
        }

        Assert.Equal(20, seen.Count);
        Assert.True(draws.Count > 100, $"only {draws.Count} different draws in 200 seeds");
    }

    [Fact]
    public void A_letter_whose_fate_is_unknown_is_resent_once_and_never_twice()
    {
        var closure = Closure();
        closure.EmailLetter(new InvitationId(Guid.CreateVersion7()), "<a@test>", Today);
        closure.LetterFateUnknown();

        closure.ResendLetter();
        Assert.Equal(LetterStatus.Waiting, closure.LetterStatus);
        closure.EmailLetter(closure.InvitationId!.Value, "<a-resent@test>", Today);
        closure.LetterFateUnknown();

        Assert.Equal("closed-cases.already-resent", Assert.Throws<BusinessRuleValidationException>(closure.ResendLetter).Code);
        closure.LetterConfirmedSent();
        Assert.Equal("closed-cases.letter-status-known", Assert.Throws<BusinessRuleValidationException>(closure.ResendLetter).Code);
    }

    [Fact]
    public void An_opt_out_while_a_run_sends_the_letter_leaves_it_to_the_run_which_withdraws_it_or_records_it_sent()
    {
        var notYetSent = Closure();
        notYetSent.EmailLetter(new InvitationId(Guid.CreateVersion7()), "<b@test>", Today);
        var handedOver = Closure();
        handedOver.EmailLetter(new InvitationId(Guid.CreateVersion7()), "<c@test>", Today);

        notYetSent.OptOut(OptOutRoute.Partner, Today);
        handedOver.OptOut(OptOutRoute.Partner, Today);
        Assert.Equal(LetterStatus.Sending, notYetSent.LetterStatus);
        notYetSent.LetterWithdrawn();
        handedOver.LetterAccepted();

        Assert.Equal(LetterStatus.NotWritten, notYetSent.LetterStatus);
        Assert.Equal(LetterStatus.Sent, handedOver.LetterStatus);
    }

    [Fact]
    public void An_opt_out_before_the_letter_means_no_letter_and_no_call()
    {
        var closure = Closure();

        closure.OptOut(OptOutRoute.Partner, Today);

        Assert.False(closure.AwaitsLetter);
        Assert.Equal(LetterStatus.NotWritten, closure.LetterStatus);
        closure.TookPartIn(new SampleDrawId(Guid.CreateVersion7()), drawn: true, Today);
        Assert.Equal("closed-cases.not-on-call-list", Assert.Throws<BusinessRuleValidationException>(() => closure.RecordCall(CallOutcome.NoAnswer, "officer", 3, Now, Today)).Code);
    }

    [Fact]
    public void Calls_end_as_no_answer_after_the_last_attempt_and_a_call_back_counts_as_one()
    {
        var closure = Closure();
        closure.PostLetter(new InvitationId(Guid.CreateVersion7()), Today);
        closure.TookPartIn(new SampleDrawId(Guid.CreateVersion7()), drawn: true, Today);

        closure.RecordCall(CallOutcome.CallBackRequested, "officer", 3, Now, Today);
        closure.RecordCall(CallOutcome.NoAnswer, "officer", 3, Now, Today);
        Assert.True(closure.OnCallList);
        closure.RecordCall(CallOutcome.NoAnswer, "officer", 3, Now, Today);

        Assert.False(closure.OnCallList);
        Assert.Equal(CallOutcome.NoAnswer, closure.CallOutcome);
        Assert.True(closure.ContactNoLongerNeeded(Today, keepDays: 90));
    }

    private static CaseClosure Closure() =>
        CaseClosure.Receive(Guid.NewGuid(), "C-1", "CASE-1", new DateOnly(2026, 12, 30), "early-help", new FamilyContact("A Family", "1 Street", null, "01632 960001", "en", LetterFormat.Standard), null, Now, Today);

    private static List<(CaseClosureId, string)> Eligible(params (string Area, int Count)[] strata) =>
        [.. strata.SelectMany(stratum => Enumerable.Range(0, stratum.Count).Select(_ => (new CaseClosureId(Guid.CreateVersion7()), stratum.Area)))];
}
