using System.Globalization;
using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.CommissionedServices.Application.Feedback.ListPartnerFeedback;

internal sealed class ListPartnerFeedbackQueryValidator : AbstractValidator<ListPartnerFeedbackQuery>
{
    public ListPartnerFeedbackQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor)
            .Must(cursor => Paging.TryDecodeCursor(cursor, out var position) && (position is null || long.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            .WithMessage("cursor is not one this API issued.");
    }
}
