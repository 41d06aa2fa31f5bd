using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>
/// Whether a survey is anonymous cannot change once a version is published: people answered on the promise made when
/// they were asked, and a survey's versions are reported together (docs/domain/surveys.md#versions).
/// </summary>
internal sealed class AnonymityIsFixedOncePublishedRule(bool published, bool wasAnonymous, bool anonymous) : IBusinessRule
{
    public string Code => "surveys.anonymity-fixed";

    public string Message => "Whether the survey is anonymous cannot change once a version has been published; create a new survey instead.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => published && wasAnonymous != anonymous;
}
