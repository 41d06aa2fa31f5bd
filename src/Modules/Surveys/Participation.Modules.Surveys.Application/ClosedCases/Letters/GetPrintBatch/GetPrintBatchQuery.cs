using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.GetPrintBatch;

/// <summary>The postal letters written on <paramref name="Day"/>, in the order written; 404 when there were none.</summary>
public sealed record GetPrintBatchQuery(DateOnly Day) : IQuery<IReadOnlyList<Letter>>;
