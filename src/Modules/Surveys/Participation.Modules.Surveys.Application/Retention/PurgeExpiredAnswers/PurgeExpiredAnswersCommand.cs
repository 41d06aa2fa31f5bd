using Mediator;

namespace Participation.Modules.Surveys.Application.Retention.PurgeExpiredAnswers;

/// <summary>Deletes the raw answers and links of surveys closed longer ago than the retention period; returns how many answers went.</summary>
public sealed record PurgeExpiredAnswersCommand : ICommand<int>;
