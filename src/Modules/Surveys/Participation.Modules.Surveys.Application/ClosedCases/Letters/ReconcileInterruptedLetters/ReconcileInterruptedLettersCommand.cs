using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.ReconcileInterruptedLetters;

/// <summary>Hands to officers every email a run began and never recorded the outcome of; returns how many.</summary>
public sealed record ReconcileInterruptedLettersCommand : ICommand<int>;
