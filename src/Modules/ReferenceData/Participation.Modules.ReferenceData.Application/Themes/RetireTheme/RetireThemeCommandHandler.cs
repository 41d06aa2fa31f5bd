using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.RetireTheme;

internal sealed class RetireThemeCommandHandler(IThemeRepository themes, TimeProvider time) : ICommandHandler<RetireThemeCommand>
{
    public async ValueTask<Unit> Handle(RetireThemeCommand command, CancellationToken cancellationToken)
    {
        var theme = await themes.LoadAsync(new ThemeId(command.Id), command.ExpectedVersion, cancellationToken);
        theme.Retire(await themes.CountActiveSubthemesAsync(theme.Id, cancellationToken), time.GetUtcNow());
        return Unit.Value;
    }
}
