namespace Participation.Modules.Reviews.Domain.Reviews;

/// <summary>What is recorded about a meeting: pseudonymous, and an age rather than a date of birth (ADR 22).</summary>
/// <param name="Kind">The kind of meeting.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="ChildReference">The case-management system's pseudonymous reference for the child.</param>
/// <param name="AgeInYears">The child's age in whole years on the day of the meeting.</param>
/// <param name="ServiceArea">The service area (code).</param>
/// <param name="Chair">Who chaired it, by role (e.g. independent reviewing officer).</param>
/// <param name="DueOn">The day it was due by, where a timescale applies.</param>
public sealed record ReviewDetails(ReviewKind Kind, DateOnly HeldOn, string ChildReference, int AgeInYears, string ServiceArea, string Chair, DateOnly? DueOn);
