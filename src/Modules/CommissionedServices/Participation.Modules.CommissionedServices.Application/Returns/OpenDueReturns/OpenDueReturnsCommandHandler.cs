using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Application.Calendar;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.OpenDueReturns;

internal sealed class OpenDueReturnsCommandHandler(IProviderRepository providers, IReturnRepository returns, IOptions<ReturnsOptions> options, IOptions<CalendarOptions> calendar, TimeProvider clock)
    : ICommandHandler<OpenDueReturnsCommand, int>
{
    public async ValueTask<int> Handle(OpenDueReturnsCommand command, CancellationToken cancellationToken)
    {
        var today = UkDates.Today(clock);
        var opened = 0;
        foreach (var provider in (await providers.UnderContractAsync(today, cancellationToken)).Where(provider => provider.MakesReturns))
        {
            var period = ReturnSchedule.PeriodOf(provider.ReturnsEvery, today);
            if (!await returns.ExistsAsync(provider.Id, period, cancellationToken))
            {
                returns.Add(ParticipationReturn.Open(provider, period, ReturnSchedule.DueOn(period, options.Value, calendar.Value.DeploymentRegion), periodAlreadyOpen: false));
                opened++;
            }
        }

        return opened;
    }
}
