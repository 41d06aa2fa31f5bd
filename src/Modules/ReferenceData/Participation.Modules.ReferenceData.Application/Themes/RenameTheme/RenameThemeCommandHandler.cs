using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.RenameTheme;

internal sealed class RenameThemeCommandHandler(IThemeRepository themes) : ICommandHandler<RenameThemeCommand>
{
    public async ValueTask<Unit> Handle(RenameThemeCommand command, CancellationToken cancellationToken)
    {
        var theme = await themes.LoadAsync(new ThemeId(command.Id), command.ExpectedVersion, cancellationToken);
        theme.Rename(command.Name.Trim());
        return Unit.Value;
    }
}
