using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Application.Validation;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.TagComplaintThemes;

internal sealed class TagComplaintThemesCommandValidator : AbstractValidator<TagComplaintThemesCommand>
{
    public TagComplaintThemesCommandValidator() =>
        RuleFor(command => command.Themes).NotNull().HoldsAtMost(ListLengths.Themes);
}
