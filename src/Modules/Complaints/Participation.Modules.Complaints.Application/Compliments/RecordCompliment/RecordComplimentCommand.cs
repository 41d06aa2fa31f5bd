using Mediator;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Complaints.Application.Compliments.RecordCompliment;

/// <summary>Records a compliment about a service.</summary>
public sealed record RecordComplimentCommand(DateOnly ReceivedOn, Audience Audience, Channel Channel, string ServiceArea, string Summary) : ICommand<Guid>;
