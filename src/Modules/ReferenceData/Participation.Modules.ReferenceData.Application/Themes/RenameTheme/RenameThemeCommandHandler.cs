using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.RenameTheme;

internal sealed class RenameThemeCommandHandler(IThemeRepository themes) : ICommandHandler<RenameThemeCommand>
{
    public async ValueTask<Unit> Handle(RenameThemeCommand command, CancellationToken cancellationToken)
    {
        var theme = await themes.GetAsync(new ThemeId(command.Id), cancellationToken)
            ?? throw new NotFoundException("theme", command.Id);
        ExpectedVersion.Ensure(theme, command.ExpectedVersion, "theme");
        theme.Rename(command.Name.Trim());
        return Unit.Value;
    }
}
