using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.SetMatchTerms;

internal sealed class SetMatchTermsCommandHandler(IThemeRepository themes) : ICommandHandler<SetMatchTermsCommand>
{
    public async ValueTask<Unit> Handle(SetMatchTermsCommand command, CancellationToken cancellationToken)
    {
        var theme = await themes.LoadAsync(new ThemeId(command.Id), command.ExpectedVersion, cancellationToken);
        theme.SetMatchTerms(command.Terms);
        return Unit.Value;
    }
}
