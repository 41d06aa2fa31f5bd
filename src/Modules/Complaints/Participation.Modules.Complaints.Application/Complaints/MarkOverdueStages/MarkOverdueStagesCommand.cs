using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.MarkOverdueStages;

/// <summary>Marks every open stage newly past its due date; running it twice marks nothing the second time.</summary>
public sealed record MarkOverdueStagesCommand : ICommand<int>;
