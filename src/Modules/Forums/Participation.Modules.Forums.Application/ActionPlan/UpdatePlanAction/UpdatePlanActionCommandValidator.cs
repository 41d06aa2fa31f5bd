using FluentValidation;

namespace Participation.Modules.Forums.Application.ActionPlan.UpdatePlanAction;

internal sealed class UpdatePlanActionCommandValidator : AbstractValidator<UpdatePlanActionCommand>
{
    public UpdatePlanActionCommandValidator() => Include(new PlanActionValidator());
}
