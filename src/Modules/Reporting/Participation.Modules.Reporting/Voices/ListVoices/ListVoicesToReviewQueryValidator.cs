using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Reporting.Voices.ListVoices;

internal sealed class ListVoicesToReviewQueryValidator : AbstractValidator<ListVoicesToReviewQuery>
{
    public ListVoicesToReviewQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeADayAndIdCursor();
    }
}
