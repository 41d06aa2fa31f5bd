using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Application.Calendar;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Providers;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.OpenReturn;

internal sealed class OpenReturnCommandHandler(IProviderRepository providers, IReturnRepository returns, IOptions<ReturnsOptions> options, IOptions<CalendarOptions> calendar)
    : ICommandHandler<OpenReturnCommand, Guid>
{
    public async ValueTask<Guid> Handle(OpenReturnCommand command, CancellationToken cancellationToken)
    {
        var provider = await providers.LoadAsync(new ProviderId(command.ProviderId), cancellationToken);
        var period = ReturnSchedule.Period(command.Year, command.Period);
        var dueOn = ReturnSchedule.DueOn(period, options.Value, calendar.Value.DeploymentRegion);
        var opened = ParticipationReturn.Open(provider, period, dueOn, await returns.ExistsAsync(provider.Id, period, cancellationToken));
        returns.Add(opened);
        return opened.Id.Value;
    }
}
