using Mediator;

namespace Participation.Modules.Reviews.Application.Reports.GetSsda903Reviews;

/// <summary>The looked-after reviews of the SSDA903 collection year starting 1 April <paramref name="Year"/>, in the DfE reviews file's order.</summary>
public sealed record GetSsda903ReviewsQuery(int Year) : IQuery<IReadOnlyList<Ssda903Review>>;

/// <summary>One row of the SSDA903 reviews file.</summary>
/// <param name="Child">The child's reference (CHILD).</param>
/// <param name="Review">The day of the review (REVIEW).</param>
/// <param name="Code">The derived method of participation (REVIEW_CODE).</param>
public sealed record Ssda903Review(string Child, DateOnly Review, string Code);
