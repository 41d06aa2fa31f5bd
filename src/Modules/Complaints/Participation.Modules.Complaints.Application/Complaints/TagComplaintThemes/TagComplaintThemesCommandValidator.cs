using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.TagComplaintThemes;

internal sealed class TagComplaintThemesCommandValidator : AbstractValidator<TagComplaintThemesCommand>
{
    public TagComplaintThemesCommandValidator() =>
        RuleFor(command => command.Themes).NotNull().Must(themes => themes is null || themes.Count <= 10).WithMessage("At most 10 themes.");
}
