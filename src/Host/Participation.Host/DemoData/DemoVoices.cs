namespace Participation.Host.DemoData;

/// <summary>
/// What the demo's children, families and carers say, per sub-theme of the seeded taxonomy: the kind of thing the
/// councils' own consultations report hearing (docs/domain/reporting.md), with the words that match each theme.
/// </summary>
internal static class DemoVoices
{
    public static IReadOnlyList<DemoTheme> Themes { get; } =
    [
        new("being-listened-to", ["listened", "listen", "heard"],
            ["My social worker listened to me this time and it made a difference", "Nobody listened when I said I did not want to go", "I felt heard at my review meeting", "They say they listen but nothing changes"],
            "Not listened to", "The child's wishes were not taken into account at the review", ["My views were not recorded in the review", "I was not asked what I wanted"]),
        new("respect", ["respect", "rude"],
            ["Staff treat me with respect", "The worker was rude to my mum on the phone", "I want to be spoken to with respect not like a case"],
            "Staff conduct", "A worker spoke to the family disrespectfully during a home visit", ["The worker was rude in front of the children"]),
        new("access-to-advocacy", ["advocate", "advocacy"],
            ["My advocate helped me say what I wanted", "I did not know I could have an advocate", "Having an advocacy worker made the meeting less scary"],
            "Advocacy", "The young person was not offered an advocate before the meeting", ["No advocate was offered", "The meeting went ahead without my advocate"]),
        new("information-and-jargon", ["jargon", "understand", "explained"],
            ["The letter was full of jargon I did not understand", "Someone finally explained what the plan means", "Reports should be written so children can understand them"],
            "Information", "The plan was not explained in a way the family could understand", ["The report used words we did not understand"]),
        new("communication-with-social-worker", ["social worker", "call back", "reply"],
            ["My social worker never calls back", "I can text my social worker and she replies", "It takes weeks to get a reply from anyone"],
            "Communication", "Calls and messages to the social worker went unanswered for weeks", ["Nobody returned my calls", "I was not told about the change of plan"]),
        new("changes-of-social-worker", ["social workers", "changed", "another worker"],
            ["I have had five social workers in two years", "Every time I get used to someone they changed again", "I had to tell my story again to another worker"],
            "Change of worker", "The child has had repeated changes of social worker", ["I was not told my worker was leaving", "I had to repeat everything again"]),
        new("timeliness", ["waiting", "late", "delay"],
            ["We have been waiting months for an assessment", "The review was late again", "The delay made everything worse for my son"],
            "Delay", "An assessment was delayed well beyond the expected time", ["The assessment took months", "We were not told about the delay"]),
        new("contact-with-family", ["contact", "brother", "sister", "see my mum"],
            ["I want more contact with my brother", "I only get to see my mum once a month", "Contact with my sister was cancelled again"],
            "Family time", "Family time with siblings was cancelled without notice", ["Contact was cancelled at the last minute", "Nobody told me why I could not see my sister"]),
        new("placement-stability", ["moved", "placement", "move"],
            ["I have been moved four times this year", "My placement is the best thing that has happened to me", "I was moved without being asked first"],
            "Placement", "The young person was moved to a new placement without being asked", ["I was not asked before I was moved", "Nobody told my school"]),
        new("leaving-care-and-housing", ["flat", "housing", "leaving care"],
            ["I am scared about getting my own flat", "My leaving care worker helped me find housing", "The flat I was offered was far from my college"],
            "Leaving care", "The care leaver was offered unsuitable housing", ["The flat was unsafe", "I was not supported to move in"]),
        new("health-and-emotional-wellbeing", ["anxious", "mental health", "camhs", "counselling"],
            ["I have been on the CAMHS waiting list for a year", "Counselling at school really helped", "I feel anxious all the time and nobody notices"],
            "Health", "The young person waited too long for mental health support", ["The referral was not followed up"]),
        new("self-harm", ["self harm", "hurt myself"],
            ["When I said I hurt myself the nurse knew what to do", "Staff did not take my self harm seriously"],
            "Safety", "Concerns about self harm were not acted on quickly", ["Nobody followed up my concerns"]),
        new("bullying", ["bullied", "bullying"],
            ["I was bullied at school and it stopped after I told my teacher", "Nobody does anything about the bullying on the bus", "I get bullied for being in care"],
            "Bullying", "Bullying reported by the child was not addressed", ["I told staff and nothing happened"]),
        new("education", ["school", "college", "exams"],
            ["My new school is much better", "I missed weeks of school because of the move", "My designated teacher helps me with my exams"],
            "Education", "The child was out of school for weeks after a move", ["No school place was arranged", "My education plan was not updated"]),
    ];

    /// <summary>Compliments as families and young people put them.</summary>
    public static IReadOnlyList<string> Compliments { get; } =
    [
        "Thank you to the whole team for helping our family through a hard year",
        "The foster carers have been amazing with my daughter",
        "My personal adviser always makes time for me",
        "The youth worker went above and beyond to help me get to college",
        "Thank you for listening and for explaining everything so clearly",
        "The short break service has made such a difference to us",
        "Our adoption support worker has been brilliant",
    ];
}

/// <summary>A sub-theme's match terms, feedback comments, and a complaint about it (category, summary, points).</summary>
internal sealed record DemoTheme(string Code, string[] MatchTerms, string[] Comments, string Category, string ComplaintSummary, string[] ComplaintPoints);
