using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews;

/// <summary>A meeting and the facts of the child's participation, as staff and partners send them.</summary>
public interface IReviewCommand
{
    /// <summary>The kind of meeting.</summary>
    ReviewKind Kind { get; }

    /// <summary>The day it was held.</summary>
    DateOnly HeldOn { get; }

    /// <summary>The child's pseudonymous reference.</summary>
    string ChildReference { get; }

    /// <summary>The child's age in whole years on the day.</summary>
    int AgeInYears { get; }

    /// <summary>The service area (code).</summary>
    string ServiceArea { get; }

    /// <summary>Who chaired it.</summary>
    string Chair { get; }

    /// <summary>The day it was due by.</summary>
    DateOnly? DueOn { get; }

    /// <summary>The facts of the child's participation.</summary>
    ReviewFacts Facts { get; }
}
