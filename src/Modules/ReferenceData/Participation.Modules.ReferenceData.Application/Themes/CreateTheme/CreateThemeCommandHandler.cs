using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.CreateTheme;

internal sealed class CreateThemeCommandHandler(IThemeRepository themes) : ICommandHandler<CreateThemeCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateThemeCommand command, CancellationToken cancellationToken)
    {
        var codeInUse = await themes.CodeInUseAsync(command.Code, cancellationToken);
        var name = command.Name.Trim();
        Theme theme;
        if (command.ParentId is { } parentId)
        {
            var parent = await themes.GetAsync(new ThemeId(parentId), cancellationToken)
                ?? throw new ValidationException([new ValidationFailure("parentId", "parentId does not name a theme.")]);
            theme = Theme.CreateSubtheme(command.Code, name, parent, codeInUse);
            themes.HoldVersionOf(parent);
        }
        else
        {
            theme = Theme.CreateTopLevel(command.Code, name, codeInUse);
        }

        themes.Add(theme);
        return theme.Id.Value;
    }
}
