namespace Participation.Modules.ReferenceData.Domain;

/// <summary>The lists a new deployment starts with (docs/domain/vocabularies-and-themes.md); administrators extend, rename and retire them.</summary>
public static class Seed
{
    /// <summary>Service areas: (code, name).</summary>
    public static IReadOnlyList<(string Code, string Name)> ServiceAreas { get; } =
    [
        ("front-door-mash", "Front door / MASH"),
        ("assessment", "Assessment"),
        ("child-protection", "Child protection"),
        ("children-in-care", "Children in care"),
        ("fostering", "Fostering"),
        ("adoption", "Adoption"),
        ("residential-homes", "Residential homes"),
        ("leaving-care", "Leaving care / throughcare"),
        ("youth-justice", "Youth justice"),
        ("early-help", "Early help"),
        ("send", "SEND"),
        ("camhs", "CAMHS"),
        ("schools", "Schools"),
        ("community-health", "Community health"),
        ("commissioned-advocacy", "Commissioned advocacy"),
    ];

    /// <summary>The theme taxonomy: top-level (code, name) with its sub-themes.</summary>
    public static IReadOnlyList<(string Code, string Name, (string Code, string Name)[] Subthemes)> Themes { get; } =
    [
        ("voice-and-respect", "Voice and respect",
        [
            ("being-listened-to", "Being listened to"),
            ("respect", "Respect"),
            ("access-to-advocacy", "Access to advocacy"),
            ("information-and-jargon", "Information and jargon"),
        ]),
        ("working-with-professionals", "Working with professionals",
        [
            ("communication-with-social-worker", "Communication with social worker"),
            ("changes-of-social-worker", "Changes of social worker"),
            ("timeliness", "Timeliness"),
        ]),
        ("family-and-home", "Family and home",
        [
            ("contact-with-family", "Contact with family"),
            ("placement-stability", "Placement stability"),
            ("leaving-care-and-housing", "Leaving care and housing"),
        ]),
        ("health-and-safety", "Health, wellbeing and safety",
        [
            ("health-and-emotional-wellbeing", "Health and emotional wellbeing"),
            ("self-harm", "Self-harm"),
            ("bullying", "Bullying"),
        ]),
        ("learning", "Learning",
        [
            ("education", "Education"),
        ]),
    ];
}
