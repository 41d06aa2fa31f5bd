using Mediator;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.CorrectReview;

/// <summary>Corrects a review the client read at <paramref name="ExpectedVersion"/>; the code is derived again.</summary>
public sealed record CorrectReviewCommand(
    Guid Id, uint ExpectedVersion, ReviewKind Kind, DateOnly HeldOn, string ChildReference, int AgeInYears, string ServiceArea, string Chair, DateOnly? DueOn, ReviewFacts Facts)
    : ICommand, IReviewCommand;
