using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.CommissionedServices.Application.Feedback.ListPartnerFeedback;

internal sealed class ListPartnerFeedbackQueryValidator : AbstractValidator<ListPartnerFeedbackQuery>
{
    public ListPartnerFeedbackQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeAnIdCursor();
    }
}
