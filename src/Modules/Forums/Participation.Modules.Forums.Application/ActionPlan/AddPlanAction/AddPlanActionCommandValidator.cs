using FluentValidation;

namespace Participation.Modules.Forums.Application.ActionPlan.AddPlanAction;

internal sealed class AddPlanActionCommandValidator : AbstractValidator<AddPlanActionCommand>
{
    public AddPlanActionCommandValidator() => Include(new PlanActionValidator());
}
