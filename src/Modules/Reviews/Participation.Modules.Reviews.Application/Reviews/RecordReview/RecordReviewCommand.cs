using Mediator;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.RecordReview;

/// <summary>A member of staff records a meeting and the facts of the child's participation.</summary>
public sealed record RecordReviewCommand(ReviewKind Kind, DateOnly HeldOn, string ChildReference, int AgeInYears, string ServiceArea, string Chair, DateOnly? DueOn, ReviewFacts Facts)
    : ICommand<Guid>, IReviewCommand;
