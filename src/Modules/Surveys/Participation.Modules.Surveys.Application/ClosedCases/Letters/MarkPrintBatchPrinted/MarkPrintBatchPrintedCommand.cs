using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.MarkPrintBatchPrinted;

/// <summary>An officer printed <paramref name="Day"/>'s batch and it goes in the post; returns how many letters it held.</summary>
public sealed record MarkPrintBatchPrintedCommand(DateOnly Day) : ICommand<int>;
