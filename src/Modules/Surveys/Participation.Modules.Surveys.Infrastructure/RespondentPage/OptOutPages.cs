using Participation.Modules.Surveys.Application.Responding;

namespace Participation.Modules.Surveys.Infrastructure.RespondentPage;

/// <summary>The two states of the opt-out page, in plain words (docs/domain/closed-case-follow-up.md#contact-rules).</summary>
internal static class OptOutPages
{
    public static readonly RespondentPageView Done = RespondentPageView.Notice(
        "opted-out",
        "We will not contact you about this again",
        "You will not get any more letters, emails or calls about your family's closed case. Your contact details will be deleted.");

    public static RespondentPageView Ask(string token) =>
        RespondentPageView.Notice(
            "opt-out",
            "Stop us contacting you about this",
            "Your family's case with us has closed and we wrote to ask how it went. If you do not want us to contact you about it again, by letter, email or telephone, press the button.")
        with { Action = RespondentLinks.OptOutLinkFor(token) };
}
